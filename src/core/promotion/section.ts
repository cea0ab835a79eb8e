// What promote did and how the target stage's policy was enforced, as the report sees them: no gate of
// its own (promote runs the others and enforces the policy), its schema fragments and its status lines.
import { defineSection } from '../report/section.js';
import { array, int, obj, str } from '../schema/builders.js';
import type { JsonSchema } from '../schema/common.js';
import { promotionStatusHtml, promotionStatusMarkdown, promotionStatusText } from './render.js';

/** A waiver as the report records it (also in the audit's list of a model's waivers). */
export const WAIVER_USE: Record<string, JsonSchema> = {
  check: str('The check waived: approvals, soak, gate.<gate>, checklist.<item id> or audit.<finding code>.'),
  model: str('The model.'),
  version: str('The version it applies to.'),
  commit: str('audit waivers: the commit whose finding it resolves.'),
  tag: str('audit waivers: the tag whose finding it resolves.'),
  reason: str('Why the exception was accepted.'),
  approvedBy: array('Who approved it.', str('A user or team.')),
  expires: str('Last day (YYYY-MM-DD) or instant it applies.'),
  file: str('File it is written in.'),
  line: int('1-based line of the waiver in the file.', 1),
};
export const WAIVER_USE_REQUIRED = ['check', 'model', 'reason', 'approvedBy', 'expires'];

export const promotionSection = defineSection({
  id: 'promotion',
  title: 'Promotion',
  order: 80,
  reportSchema: {
    model: {
      promotion: { $ref: '#/$defs/promotion', description: 'What modelops promote did for the model.' },
      enforcement: { $ref: '#/$defs/enforcement', description: "How the policy of the stage the model enters was enforced here (gate, promote): each requirement met, waived, unmet or not checked here; embedded in the tag evidence." },
    },
    defs: {
      promotion: obj(
        'What modelops promote did for one model.',
        {
          status: { enum: ['promoted', 'up-to-date', 'blocked'], description: 'promoted: tags written; up-to-date: the registry already said so; blocked: validation or a blocking gate failed, nothing written.' },
          reason: str('Why nothing was promoted (blocked).'),
          commit: str('The promoted commit (the push\'s after).'),
          tags: array(
            'The tags that register the version and assign the stage, created now or found.',
            obj(
              'One tag.',
              {
                tag: str('Tag name in GTO format.'),
                action: { enum: ['register', 'assign', 'unassign', 'deprecate'], description: 'register: <name>@v<version>; assign: <name>#<stage>#<n>; unassign: <name>#<stage>!#<n> (GTO\'s, written when a model moves down from that stage); deprecate: <name>@deprecated#<n> (GTO\'s, written when a model is archived).' },
                commit: str('Commit the tag points at.'),
                created: { type: 'boolean', description: 'Whether this run created it.' },
                signed: { type: 'boolean', description: 'Whether the tag is signed.' },
              },
              ['tag', 'action', 'commit', 'created', 'signed'],
            ),
          ),
          pushedTo: str('Remote the tags were pushed to.'),
        },
        ['status', 'commit', 'tags'],
      ),
      waiverUse: obj('A waiver as written in the policy (modelops.yaml waivers).', WAIVER_USE, WAIVER_USE_REQUIRED),
      enforcement: obj(
        'How the policy of the stage a model enters was enforced where the report was made.',
        {
          stage: str('The stage whose policy was enforced.'),
          context: { enum: ['promotion', 'pull-request', 'command-line'], description: 'promotion: promote, when tagging; pull-request: the Action on a pull request; command-line: the CLI gate, where approvals cannot be read.' },
          requirements: array(
            'Each requirement of the stage.',
            obj(
              'One requirement.',
              {
                check: str('approvals, soak, checklist or gate.<gate>.'),
                status: { enum: ['met', 'waived', 'unmet', 'not-checked', 'not-required'], description: 'met; waived (a waiver in force let it pass); unmet; not-checked (it cannot be evaluated in this context, see detail); not-required.' },
                detail: str('How it was met, or why not.'),
                approvals: array(
                  'Each approving reviewer.',
                  obj(
                    'One approver.',
                    {
                      login: str('GitHub login.'),
                      source: { enum: ['verified', 'asserted'], description: "verified: read from the pull request's reviews on GitHub (as they stood at merge, for promote); asserted: given with --approver on the command line." },
                      counted: { type: 'boolean', description: 'Whether the approval counted towards approvals.count.' },
                      membership: { enum: ['not-required', 'listed-user', 'team-member', 'unverified', 'not-allowed'], description: 'How the approver matched approvals.from.' },
                      detail: str('The from entry matched, or why it did not count.'),
                      commit: str("The commit the approval was given on (the review's commit_id), when the review names one."),
                      commitStatus: {
                        enum: ['head', 'older', 'unknown', 'asserted'],
                        description:
                          "That commit against the pull request's head (its head when merged, for promote): head; older (a push followed the approval); unknown (the review names no commit, or the head is not known); asserted (given with --approver, which names no commit).",
                      },
                      commitDetail: str('What approvals.older_commits made of an approval not on the head (discarded, or counted as on an older commit).'),
                    },
                    ['login', 'source', 'counted', 'membership', 'commitStatus'],
                  ),
                ),
                waiver: { $ref: '#/$defs/waiverUse', description: 'The waiver that let it pass.' },
              },
              ['check', 'status', 'detail'],
            ),
          ),
          waivers: array('Waivers used.', { $ref: '#/$defs/waiverUse', description: 'One waiver.' }),
        },
        ['stage', 'context', 'requirements', 'waivers'],
      ),
    },
  },
  text: { status: promotionStatusText },
  markdown: { status: promotionStatusMarkdown },
  html: { status: promotionStatusHtml },
});
