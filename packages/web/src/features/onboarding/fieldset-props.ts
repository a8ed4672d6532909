import type { ProfileDraft } from './profile-draft';

/** What each part of the form is given: the draft, a way to change it, and the errors to show. */
export interface FieldsetProps {
  draft: ProfileDraft;
  update: (change: (draft: ProfileDraft) => ProfileDraft) => void;
  /** Field path → words, already filtered to what should be visible now. */
  errors: Record<string, string>;
}
