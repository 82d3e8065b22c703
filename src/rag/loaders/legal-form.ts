/**
 * @module An organisation's legal form where its name ends ("… LTD", "… SDN. BHD.", "… PTE. LTD.", "… GMBH", "… A/S", the Gulf's "… SAOC", "… FZE", "… WLL"): a line
 * that ends in one names the organisation, not a document. Legal forms only: "RISK AND AUDIT BOARD" or "STAFF
 * PENSION TRUST" is a document's own title.
 */

/** The legal forms, as a regular expression's alternatives (capitals; a full stop may follow each). */
export const LEGAL_FORMS =
  'LTD|LIMITED|PLC|LLP|LLC|INC|CORP|CORPORATION|GMBH|AG|KG|SA|S\\.A|PTY|BV|NV|CO|COMPANY|BHD|BERHAD|PTE|PVT|SRL|SARL|SPA|SAS|LTDA|KFT|OY|OYJ|A\\/S|APS|ASA|AB|SAOC|SAOG|PJSC|FZE|FZCO|FZ-LLC|WLL';

/** A line that ends with a legal form ("KELIP SEMICONDUCTOR SDN. BHD."). */
export const ENDS_WITH_LEGAL_FORM = new RegExp(`\\b(?:${LEGAL_FORMS})\\.?$`);
