// The approvals capability as the report sees it: a gate the policy asks for (not the manifest), decided
// on the reviews the command read from the pull request (I/O) and the soak measured from the registry;
// its checks are shown by the renderers' gate tables, and how they were met by the promotion section.
import { defineSection } from '../report/section.js';
import { approvalsGate, type ApprovalsGateInput } from './gate.js';

declare module '../report/section.js' {
  interface GateNeeds {
    /** The pull request's approvals (or why they cannot be read here) and the soak, against the target stage's rules. */
    reviews: ApprovalsGateInput;
  }
}

export const approvalsSection = defineSection({
  id: 'approvals',
  title: 'Approvals',
  order: 70,
  gate: { needs: 'reviews', decide: (input) => ({ gate: approvalsGate(input) }) },
});
