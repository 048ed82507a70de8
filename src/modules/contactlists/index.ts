// The public face of the contact-lists module: the only file another module, the assembly or the seed data imports.
export * from "./catalog-types.js";
export * from "./commands/add-contact-records.js";
export * from "./commands/create-outbound-campaign.js";
export { LIST_TYPES_KIND, readListTypes } from "./kinds.js";
export { presentCampaign, presentRecord } from "./presenter.js";
export * from "./queries.js";
export {
  closeRecord,
  deferRecord,
  markRecordDialing,
  markRecordInCall,
  reopenForCallback,
  returnRecord,
  updateDialLevel,
} from "./repo.js";
