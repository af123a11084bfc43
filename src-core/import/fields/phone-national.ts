import { Metadata } from 'libphonenumber-js';
import type { CountryCode } from 'libphonenumber-js';

// The parts of libphonenumber-js's numbering plan this shortcut reads; its typings omit them.
interface NumberingPlan {
  callingCode(): string;
  IDDPrefix(): string;
  nationalNumberPattern(): string;
  possibleLengths(): number[] | undefined;
  nationalPrefix(): string | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  hasTypes(): boolean;
}

interface PlanMetadata {
  numberingPlan?: NumberingPlan;
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined;
}

/** What decides a national number's validity in a plan simple enough to read it directly. */
interface NationalRule {
  callingCode: string;
  idd: RegExp;
  pattern: RegExp;
  lengths: Set<number>;
}

// `06 12 34 56 78`, `06.12.34.56.78`, `0612345678`: a trunk 0, then digits in groups.
const NATIONAL_FORM = /^0\d(?:[ .-]?\d)+$/;
const SEPARATORS = /[ .-]/g;

const rules = new Map<string, NationalRule | null>();

/**
 * The E.164 form of a national number written `0…` in a plan that libphonenumber-js validates
 * by one pattern alone (France, Belgium, Germany…), or null when the shortcut does not apply
 * and the full parser must decide. Libphonenumber costs microseconds per number; a 200,000-line
 * bill is mostly such numbers. It answers only when the full parser gives the same number.
 */
export function nationalE164(value: string, region: CountryCode): string | null {
  const rule = ruleOf(region);
  if (!rule || !NATIONAL_FORM.test(value)) return null;

  const digits = value.replace(SEPARATORS, '');
  if (rule.idd.test(digits)) return null;

  const national = digits.slice(1);
  if (!rule.lengths.has(national.length) || !rule.pattern.test(national)) return null;
  return `+${rule.callingCode}${national}`;
}

function ruleOf(region: CountryCode): NationalRule | null {
  let rule = rules.get(region);
  if (rule === undefined) {
    rule = buildRule(region);
    rules.set(region, rule);
  }
  return rule;
}

// The shortcut holds only where parsing a `0…` number is: strip the trunk 0, match one pattern.
// Plans with number types, a shared calling code, a parsing prefix other than the trunk 0 or a
// transform rule go through the full parser.
function buildRule(region: CountryCode): NationalRule | null {
  const metadata = new Metadata() as unknown as PlanMetadata & Metadata;
  try {
    metadata.selectNumberingPlan(region);
  } catch {
    return null;
  }

  const plan = metadata.numberingPlan;
  if (!plan) return null;
  const callingCode = plan.callingCode();
  const lengths = plan.possibleLengths();
  const simple =
    !plan.hasTypes() &&
    plan.nationalPrefix() === '0' &&
    plan.nationalPrefixForParsing() === '0' &&
    !plan.nationalPrefixTransformRule() &&
    lengths !== undefined &&
    metadata.getCountryCodesForCallingCode(callingCode)?.length === 1;
  if (!simple) return null;

  return {
    callingCode,
    idd: new RegExp(`^(?:${plan.IDDPrefix()})`),
    pattern: new RegExp(`^(?:${plan.nationalNumberPattern()})$`),
    lengths: new Set(lengths),
  };
}
