import { base, es, es_MX, Faker } from "@faker-js/faker";
import {
  CLAIM_CATEGORIES,
  CLAIM_NOTES,
  COMPANY_TIERS,
  INTERNET_TECHNOLOGY,
  KIND_SHARE,
  type ProductKind,
  plansFor,
  REPEATED_DAMAGE_NOTES,
  type Technology,
  TIER_WEIGHTS,
  type Tier,
} from "./catalog.js";
import { CITIES, EMAIL_DOMAINS, es_CO, MOBILE_PREFIXES, STREET_TYPES } from "./colombia.js";
import { deterministicUuid, scramble, seededRandomizer } from "./random.js";

export interface DemoProduct {
  id: string;
  serviceNumber: string;
  kind: ProductKind;
  technology: Technology;
  plan: string;
  status: "active" | "suspended" | "withdrawn";
  withdrawnForNonPayment: boolean;
  monthlyFee: number;
  /** YYYY-MM-DD */
  activatedOn: string;
}

export interface DemoClaim {
  id: string;
  code: string;
  productId: string;
  category: string;
  description: string;
  openedAt: Date;
  resolvedAt: Date | null;
}

export interface DemoBillingStatement {
  /** First day of the billed month, YYYY-MM-DD. */
  period: string;
  amount: number;
}

export interface DemoCustomer {
  index: number;
  id: string;
  code: string;
  documentId: string;
  fullName: string;
  tier: Tier;
  phone: string;
  email: string | null;
  address: string;
  city: string;
  isDelinquent: boolean;
  hasCreditBureauFlag: boolean;
  createdAt: Date;
  products: DemoProduct[];
  claims: DemoClaim[];
  billing: DemoBillingStatement[];
  /** Two or more unresolved claims on one product opened in the 30 days before `now`. */
  hasRepeatedDamage: boolean;
}

export interface GeneratorOptions {
  /** The reference "now": claims, billing months and activation dates are placed relative to it. */
  now: Date;
  /** A UUID the row ids derive from (the tenant id when seeding), so two tenants never share ids. */
  namespace: string;
  /** Changes every customer; the same seed always gives the same customers. */
  seed?: number;
  /**
   * Older, resolved claims added per customer (opened 91 days to 2 years before `now`), for scale tests
   * that need a long claim history (10 claims per customer = 10 M claims at 1 M customers). They fall
   * outside the 90-day and 30-day windows, so they change neither the 360's recent claims nor repeated damage.
   */
  historyClaims?: number;
}

export const DEFAULT_SEED = 20_250_601;
export const REPEATED_DAMAGE_SHARE = 0.065;
export const REPEATED_DAMAGE_WINDOW_DAYS = 30;

const DAY = 86_400_000;
const HOUR = 3_600_000;
const PRODUCT_KINDS: ProductKind[] = ["internet", "tv", "fixed_voice", "mobile"];
const CITY_WEIGHTS = CITIES.map((city) => ({ value: city, weight: city.weight }));

/** The customer code an index gets: CL-0000001 for index 0. */
export function customerCode(index: number): string {
  return `CL-${String(index + 1).padStart(7, "0")}`;
}

/** The index a customer code was generated from, or undefined if the code is not one of ours. */
export function indexOfCustomerCode(code: string): number | undefined {
  const match = /^CL-(\d{7,})$/.exec(code);
  return match ? Number(match[1]) - 1 : undefined;
}

/** DIAN's check digit of a Colombian NIT. */
export function nitCheckDigit(nit: number): number {
  const weights = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71];
  const digits = String(nit).split("").reverse();
  const sum = digits.reduce((total, digit, i) => total + Number(digit) * weights[i]!, 0);
  const remainder = sum % 11;
  return remainder > 1 ? 11 - remainder : remainder;
}

function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function monthStart(now: Date, monthsAgo: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1));
}

// One permutation per kind of number, so a customer's phone and document do not share digits.
const KEY = { nit: 11, oldDocument: 12, document: 13, mobile: 14, internet: 15, tv: 16, fixedLine: 17, claim: 18 };

const pad = (value: number, length: number) => String(value).padStart(length, "0");

/**
 * Builds the deterministic generator of realistic Colombian telecom customers. Customer i depends
 * only on (seed, namespace, now, i): the generator reseeds per customer, so any range of indexes can
 * be produced alone, in any order, streaming, without holding earlier customers.
 */
export function createCustomerGenerator(options: GeneratorOptions): (index: number) => DemoCustomer {
  const faker = new Faker({ locale: [es_CO, es_MX, es, base], randomizer: seededRandomizer() });
  const seed = options.seed ?? DEFAULT_SEED;
  const now = options.now.getTime();
  const id = (name: string) => deterministicUuid(options.namespace, name);
  const between = (from: number, to: number) => faker.number.int({ min: Math.floor(from), max: Math.floor(to) });

  return (index) => {
    faker.seed([seed, index]);
    const tier = faker.helpers.weightedArrayElement(TIER_WEIGHTS);
    const isCompany = COMPANY_TIERS.has(tier);
    const city = faker.helpers.weightedArrayElement(CITY_WEIGHTS);

    let fullName: string;
    let email: string | null;
    let documentId: string;
    if (isCompany) {
      fullName = faker.company.name();
      const nit = 800_000_000 + scramble(index, 200_000_000, KEY.nit);
      documentId = `${nit}-${nitCheckDigit(nit)}`;
      email = `${faker.helpers.arrayElement(["facturacion", "contacto", "gerencia"])}@${slug(fullName.replace(/ (S\.A\.S\.|Ltda\.|S\.A\.|& Cía\. S\.A\.S\.)$/, ""))}.com.co`;
    } else {
      const sex = faker.person.sexType();
      const firstName = faker.person.firstName(sex);
      const lastName = faker.person.lastName();
      fullName = `${firstName} ${lastName}`;
      // Cédulas issued before 2004 have 8 digits; newer ones 10, starting with 10.
      documentId = faker.datatype.boolean(0.35)
        ? String(10_000_000 + scramble(index, 90_000_000, KEY.oldDocument))
        : String(1_000_000_000 + scramble(index, 100_000_000, KEY.document));
      email = faker.datatype.boolean(0.85)
        ? `${slug(firstName.split(" ")[0]!)}.${slug(lastName.split(" ")[0]!)}${faker.datatype.boolean(0.5) ? faker.number.int({ min: 1, max: 99 }) : ""}@${faker.helpers.arrayElement(EMAIL_DOMAINS)}`
        : null;
    }

    const streetType = faker.helpers.weightedArrayElement(STREET_TYPES);
    const letter = () => (faker.datatype.boolean(0.15) ? faker.helpers.arrayElement(["A", "B", "C", " Bis"]) : "");
    const unit = isCompany
      ? faker.helpers.arrayElement([`, Oficina ${between(101, 1204)}`, `, Local ${between(1, 40)}`, `, Bodega ${between(1, 12)}`])
      : faker.helpers.arrayElement([
          "",
          `, Apto ${between(101, 1504)}`,
          `, Torre ${between(1, 8)} Apto ${between(101, 2204)}`,
          `, Casa ${between(1, 120)}`,
        ]);
    const address = `${streetType} ${between(1, 180)}${letter()} # ${between(1, 150)}${letter()}-${between(2, 99)}${unit}, ${faker.helpers.arrayElement(city.neighborhoods)}`;

    const isDelinquent = faker.datatype.boolean(0.05);
    const hasCreditBureauFlag = faker.datatype.boolean(isDelinquent ? 0.45 : 0.008);
    const since = now - between(60 * DAY, 8 * 365 * DAY);

    const kinds = PRODUCT_KINDS.filter((kind) => faker.datatype.boolean(KIND_SHARE[tier][kind]));
    if (kinds.length === 0) kinds.push("internet");
    const internetTechnology = faker.helpers.weightedArrayElement(INTERNET_TECHNOLOGY);
    const hasInternet = kinds.includes("internet");
    const mobileNumber = (() => {
      const s = scramble(index, MOBILE_PREFIXES.length * 10_000_000, KEY.mobile);
      return `${MOBILE_PREFIXES[Math.floor(s / 10_000_000)]}${pad(s % 10_000_000, 7)}`;
    })();

    const products: DemoProduct[] = [];
    const endedMonthsAgo = new Map<string, number>();
    const activatedAtOf = new Map<string, number>();
    for (const [position, kind] of kinds.entries()) {
      let technology: Technology;
      let serviceNumber: string;
      switch (kind) {
        case "internet":
          technology = internetTechnology;
          serviceNumber = `IN${pad(scramble(index, 1_000_000_000, KEY.internet), 9)}`;
          break;
        case "tv":
          technology =
            hasInternet && internetTechnology !== "copper" ? internetTechnology : faker.datatype.boolean(0.7) ? "dth" : "hfc";
          serviceNumber = `TV${pad(scramble(index, 1_000_000_000, KEY.tv), 9)}`;
          break;
        case "fixed_voice":
          technology = hasInternet ? internetTechnology : "copper";
          serviceNumber = `60${city.areaCode}${pad(scramble(index, 10_000_000, KEY.fixedLine), 7)}${index >= 10_000_000 ? `-${Math.floor(index / 10_000_000)}` : ""}`;
          break;
        case "mobile":
          technology = "lte";
          serviceNumber = mobileNumber;
          break;
      }
      const plan = faker.helpers.arrayElement(plansFor(kind, technology, isCompany));
      let status: DemoProduct["status"] = "active";
      let withdrawnForNonPayment = false;
      if (isDelinquent) {
        const roll = faker.number.float();
        if (roll < 0.15) {
          status = "withdrawn";
          withdrawnForNonPayment = true;
        } else if (roll < 0.55) status = "suspended";
      } else {
        const roll = faker.number.float();
        if (roll < 0.04) status = "withdrawn";
        else if (roll < 0.05) status = "suspended";
      }
      const productId = id(`product:${index}:${kind}`);
      const activatedAt = position === 0 ? since : between(since, now - 35 * DAY);
      activatedAtOf.set(productId, activatedAt);
      if (status !== "active") {
        const monthsActive = Math.max(1, Math.floor((now - activatedAt) / (30 * DAY)));
        endedMonthsAgo.set(productId, between(1, Math.min(monthsActive, status === "withdrawn" ? 8 : 3)));
      }
      products.push({
        id: productId,
        serviceNumber,
        kind,
        technology,
        plan: plan.name,
        status,
        withdrawnForNonPayment,
        monthlyFee: plan.monthlyFee,
        activatedOn: isoDate(new Date(activatedAt)),
      });
    }

    const claims: DemoClaim[] = [];
    const note = (templates: string[], category: string) => {
      const template = faker.helpers.arrayElement(templates);
      // Mid-sentence the category reads in lower case ("reporta sin señal de TV"), keeping acronyms.
      const inSentence = template.startsWith("{category}") ? category : category[0]!.toLowerCase() + category.slice(1);
      return template.replace("{category}", inSentence).replace("{days}", String(between(1, 6)));
    };
    const addClaim = (
      product: DemoProduct,
      category: string,
      description: string,
      openedAt: number,
      resolvedAt: number | null,
    ) => {
      const slot = claims.length;
      claims.push({
        id: id(`claim:${index}:${slot}`),
        code: `RC${pad(scramble(index * 8 + slot, 10_000_000_000, KEY.claim), 10)}`,
        productId: product.id,
        category,
        description,
        openedAt: new Date(openedAt),
        resolvedAt: resolvedAt === null ? null : new Date(resolvedAt),
      });
    };

    const active = products.filter((p) => p.status === "active");
    const hasRepeatedDamage = active.length > 0 && faker.datatype.boolean(REPEATED_DAMAGE_SHARE);
    if (hasRepeatedDamage) {
      const product = active.find((p) => p.kind === "internet") ?? faker.helpers.arrayElement(active);
      if (activatedAtOf.get(product.id)! < now - 46 * DAY && faker.datatype.boolean(0.25)) {
        const openedAt = between(Math.max(activatedAtOf.get(product.id)!, now - 150 * DAY), now - 45 * DAY);
        const category = faker.helpers.arrayElement(CLAIM_CATEGORIES[product.kind]);
        addClaim(product, category, note(CLAIM_NOTES, category), openedAt, openedAt + between(4 * HOUR, 5 * DAY));
      }
      const count = faker.helpers.weightedArrayElement([
        { value: 2, weight: 70 },
        { value: 3, weight: 30 },
      ]);
      const openings = Array.from({ length: count }, () => now - between(HOUR, (REPEATED_DAMAGE_WINDOW_DAYS - 1) * DAY)).sort(
        (a, b) => a - b,
      );
      const first = faker.helpers.arrayElement(CLAIM_CATEGORIES[product.kind]);
      for (const [i, openedAt] of openings.entries()) {
        const category =
          i === 0 || faker.datatype.boolean(0.7) ? first : faker.helpers.arrayElement(CLAIM_CATEGORIES[product.kind]);
        addClaim(product, category, note(i === 0 ? CLAIM_NOTES : REPEATED_DAMAGE_NOTES, category), openedAt, null);
      }
    } else {
      const claimable = products.filter((p) => p.status !== "withdrawn");
      const count =
        claimable.length === 0
          ? 0
          : faker.helpers.weightedArrayElement([
              { value: 0, weight: 78 },
              { value: 1, weight: 16 },
              { value: 2, weight: 6 },
            ]);
      for (let i = 0; i < count; i++) {
        const product = faker.helpers.arrayElement(claimable);
        const category = faker.helpers.arrayElement(CLAIM_CATEGORIES[product.kind]);
        const openedAt = between(Math.max(activatedAtOf.get(product.id)!, now - 180 * DAY), now - HOUR);
        // At most one open claim per customer here, so no one lands in repeated damage by accident.
        const staysOpen = i === 0 && now - openedAt < 10 * DAY && faker.datatype.boolean(0.35);
        const resolvedAt = staysOpen ? null : Math.min(now, openedAt + between(2 * HOUR, 7 * DAY));
        addClaim(product, category, note(CLAIM_NOTES, category), openedAt, resolvedAt);
      }
      claims.sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime());
    }

    const billing: DemoBillingStatement[] = [];
    for (let monthsAgo = 6; monthsAgo >= 1; monthsAgo--) {
      const period = monthStart(options.now, monthsAgo);
      const periodEnd = monthStart(options.now, monthsAgo - 1).getTime();
      let fees = 0;
      for (const product of products) {
        if (new Date(product.activatedOn).getTime() >= periodEnd) continue;
        const ended = endedMonthsAgo.get(product.id);
        if (ended !== undefined && monthsAgo < ended) continue;
        fees += product.monthlyFee;
      }
      if (fees === 0) continue;
      const extra = faker.datatype.boolean(0.12) ? between(5, 60) * 1000 : 0;
      billing.push({ period: isoDate(period), amount: Math.round(fees * faker.number.float({ min: 0.97, max: 1.05 }) + extra) });
    }

    const phone = `+57${kinds.includes("mobile") ? mobileNumber : `${faker.helpers.arrayElement(MOBILE_PREFIXES)}${pad(between(0, 9_999_999), 7)}`}`;
    const history = products.filter((p) => p.status !== "withdrawn");
    for (let k = 0; k < (options.historyClaims ?? 0) && history.length > 0; k++) {
      const product = faker.helpers.arrayElement(history);
      const category = faker.helpers.arrayElement(CLAIM_CATEGORIES[product.kind]);
      const openedAt = between(now - 730 * DAY, now - 91 * DAY);
      claims.push({
        id: id(`claim:${index}:h${k}`),
        code: `RH${pad(index, 8)}${pad(k, 3)}`,
        productId: product.id,
        category,
        description: note(CLAIM_NOTES, category),
        openedAt: new Date(openedAt),
        resolvedAt: new Date(openedAt + between(2 * HOUR, 5 * DAY)),
      });
    }

    return {
      index,
      id: id(`customer:${index}`),
      code: customerCode(index),
      documentId,
      fullName,
      tier,
      phone,
      email,
      address,
      city: city.name,
      isDelinquent,
      hasCreditBureauFlag,
      createdAt: new Date(since),
      products,
      claims,
      billing,
      hasRepeatedDamage,
    };
  };
}

/** Customers `from` … `from + count - 1`, one at a time: memory stays flat whatever the count. */
export function* generateCustomers(options: GeneratorOptions, from: number, count: number): Generator<DemoCustomer> {
  const generate = createCustomerGenerator(options);
  for (let index = from; index < from + count; index++) yield generate(index);
}
