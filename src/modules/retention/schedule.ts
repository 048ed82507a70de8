export const PROMOTION_END_TASK = "retention.promotion_end";
export const promotionEndTimerKey = (offerId: string) => `retention_offer:${offerId}:end`;
export interface PromotionEndPayload {
  offerId: string;
}
