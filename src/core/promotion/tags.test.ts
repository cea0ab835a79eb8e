import { describe, expect, it } from 'vitest';
import { assignTagName, deprecateTagName, deregisterTagName, latestStageTag, nextTagNumber, parseTag, registerTagName, registeredVersions, stageChangeTags, unassignTagName } from './tags.js';

// Tag grammar from GTO's documentation (https://mlem.ai/doc/gto/user-guide#git-tags-format):
// `<artifact>@v<version>` registers, `<artifact>#<stage>#<e>` assigns a stage, e counting up.
describe('GTO tag names', () => {
  it('builds and parses registration tags', () => {
    expect(registerTagName('credit-risk', '1.2.0')).toBe('credit-risk@v1.2.0');
    expect(parseTag('credit-risk@v1.2.0')).toEqual({ kind: 'register', tag: 'credit-risk@v1.2.0', name: 'credit-risk', version: '1.2.0' });
    expect(parseTag('nn@v0.0.1-rc.1+build.5')).toMatchObject({ kind: 'register', version: '0.0.1-rc.1+build.5' });
  });

  it('builds and parses stage assignment tags', () => {
    expect(assignTagName('credit-risk', 'production', 3)).toBe('credit-risk#production#3');
    expect(parseTag('credit-risk#production#3')).toEqual({ kind: 'assign', tag: 'credit-risk#production#3', name: 'credit-risk', stage: 'production', number: 3 });
  });

  it('parses the rest of GTO\'s grammar: cancellations, deprecation, simple notation, counters everywhere', () => {
    expect(parseTag('m#prod!#5')).toEqual({ kind: 'unassign', tag: 'm#prod!#5', name: 'm', stage: 'prod', number: 5 });
    expect(parseTag('m@v1.0.0!#6')).toEqual({ kind: 'deregister', tag: 'm@v1.0.0!#6', name: 'm', version: '1.0.0', number: 6 });
    expect(parseTag('m@deprecated#7')).toEqual({ kind: 'deprecate', tag: 'm@deprecated#7', name: 'm', number: 7 });
    expect(parseTag('m@v1.0.0#2')).toEqual({ kind: 'register', tag: 'm@v1.0.0#2', name: 'm', version: '1.0.0', number: 2 });
    expect(parseTag('m#prod')).toEqual({ kind: 'assign', tag: 'm#prod', name: 'm', stage: 'prod' });
    expect(parseTag('nested/dir=churn#prod#3')).toMatchObject({ kind: 'assign', name: 'nested/dir:churn', stage: 'prod', number: 3 }); // GTO's name_to_tag
    expect(parseTag('team/churn@v2.0.0-rc.1')).toMatchObject({ kind: 'register', name: 'team/churn', version: '2.0.0-rc.1' });
  });

  it('ignores tags that are not GTO tags', () => {
    for (const tag of ['v1.0.0', 'credit-risk@v1', 'credit-risk@v1.0', 'x#prod#', 'x#prod#1#2', '-x@v1.0.0', '_x@v1.0.0', 'x_@v1.0.0', 'x#prod_#1', 'x@v01.0.0', 'x@1.0.0', 'x@v1.0.0!!', 'x@deprecated!', 'x.y@v1.0.0', 'a=b=c@v1.0.0']) {
      expect(parseTag(tag), tag).toBeUndefined();
    }
  });

  it('accepts GTO\'s current name grammar: either case and _ inside names and stages (gto/constants.py)', () => {
    expect(parseTag('Credit_Risk@v1.0.0')).toMatchObject({ kind: 'register', name: 'Credit_Risk', version: '1.0.0' });
    expect(parseTag('churn#Prod_EU#3')).toMatchObject({ kind: 'assign', name: 'churn', stage: 'Prod_EU', number: 3 });
    expect(parseTag('My_Dir.v2/x=Model-A#stage!#9')).toMatchObject({ kind: 'unassign', name: 'My_Dir.v2/x:Model-A', stage: 'stage', number: 9 });
  });

  it('writes GTO\'s cancellations and deprecation in the form it reads them', () => {
    expect(parseTag(unassignTagName('m', 'production', 4))).toEqual({ kind: 'unassign', tag: 'm#production!#4', name: 'm', stage: 'production', number: 4 });
    expect(parseTag(deregisterTagName('m', '1.2.0', 5))).toEqual({ kind: 'deregister', tag: 'm@v1.2.0!#5', name: 'm', version: '1.2.0', number: 5 });
    expect(parseTag(deprecateTagName('m', 6))).toEqual({ kind: 'deprecate', tag: 'm@deprecated#6', name: 'm', number: 6 });
  });

  it('plans a stage change as GTO reads it: archiving deprecates, moving down unassigns first, moving up assigns', () => {
    const tags = ['m@v1.0.0', 'm#staging#1', 'm#production#2'];
    expect(stageChangeTags(tags, 'm', 'staging', 'production')).toEqual([{ tag: 'm#production#3', kind: 'assign', stage: 'production' }]);
    expect(stageChangeTags(tags, 'm', 'production', 'production')).toEqual([{ tag: 'm#production#3', kind: 'assign', stage: 'production' }]);
    expect(stageChangeTags(tags, 'm', 'production', 'staging')).toEqual([
      { tag: 'm#production!#3', kind: 'unassign', stage: 'production' },
      { tag: 'm#staging#4', kind: 'assign', stage: 'staging' },
    ]);
    expect(stageChangeTags(tags, 'm', 'production', 'archived')).toEqual([{ tag: 'm@deprecated#3', kind: 'deprecate' }]);
    expect(stageChangeTags([], 'new', undefined, 'development')).toEqual([{ tag: 'new#development#1', kind: 'assign', stage: 'development' }]);
  });

  it('numbers the next counted tag after the highest of any kind for that model, as GTO does', () => {
    const tags = ['m#staging#2', 'm#prod!#7', 'm@v1.0.0', 'm#prod#5', 'other#prod#40', 'm#dev'];
    expect(nextTagNumber(tags, 'm')).toBe(8);
    expect(nextTagNumber(tags, 'new-model')).toBe(1);
  });

  it('groups registered versions per model in semver order', () => {
    const versions = registeredVersions(['a@v1.10.0', 'a@v1.2.0', 'b@v0.1.0', 'a#production#1', 'unrelated']);
    expect(Object.fromEntries(versions)).toEqual({ a: ['1.2.0', '1.10.0'], b: ['0.1.0'] });
  });

  it('finds the latest assignment of a stage by its count, not by its text', () => {
    const tags = ['m#production#2', 'm#production#10', 'm#staging#11', 'other#production#12', 'm@v1.0.0'];
    expect(latestStageTag(tags, 'm', 'production')?.tag).toBe('m#production#10');
    expect(latestStageTag(tags, 'm', 'archived')).toBeUndefined();
  });
});
