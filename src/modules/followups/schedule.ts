export const FOLLOW_UP_DUE_TASK = "follow_up.due";
export const followUpTimerKey = (id: string) => `follow_up:${id}:due`;
export interface FollowUpTimerPayload {
  followUpId: string;
}
