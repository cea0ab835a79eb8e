// Demo only (`node --import ./scripts/demo-clock.mjs`): a fixed clock from MODELOPS_DEMO_NOW, so the
// history the demo replays carries the dates of a real one — weeks between promotions, which the soak
// in staging needs. modelops itself has no option to set its clock: promotion time is always now.
const fixed = process.env.MODELOPS_DEMO_NOW;
if (fixed) {
  const instant = Date.parse(fixed);
  const RealDate = Date;
  globalThis.Date = class extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(instant);
      else super(...args);
    }
    static now() {
      return instant;
    }
  };
}
