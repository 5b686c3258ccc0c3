/** Whether a figure's unit is money: an ISO 4217 currency code, as the runtime knows them. */
const CURRENCY_CODES = new Set(Intl.supportedValuesOf('currency'));

/** True when the unit is an ISO 4217 currency code, so the figure is an amount of money. */
export const isCurrencyCode = (unit: string): boolean => CURRENCY_CODES.has(unit);
