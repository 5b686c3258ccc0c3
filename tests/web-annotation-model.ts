/**
 * The W3C Web Annotation Data Model's requirements on annotations, collections and pages, as checks of our own
 * written from the model's text (https://www.w3.org/TR/annotation-model/); each is named after the Working
 * Group's conformance assertion it follows. A check returns what fails, so a test can print every failure.
 */

type Json = Record<string, unknown>;
const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
// RFC 3339 date-time, which xsd:dateTime with a time zone is in JSON Schema's "date-time" format.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const MOTIVATIONS = new Set([
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
]);

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** An absolute IRI: a scheme, then anything without spaces (JSON Schema's "uri" format). */
export const isIri = (value: unknown): boolean =>
  typeof value === 'string' && /^[a-z][a-z0-9+.-]*:[^\s]+$/i.test(value);

/** One value that is an IRI, alone or as the single item of a list. */
const isSingleIri = (value: unknown): boolean =>
  isIri(value) || (Array.isArray(value) && value.length === 1 && isIri(value[0]));

const hasType = (value: unknown, type: string): boolean => isObject(value) && list(value['type']).includes(type);
const hasContext = (value: Json): boolean => list(value['@context']).includes(ANNO_CONTEXT);

/** §3.2.1: an External Web Resource has an IRI and none of a textual body's `value` or a specific resource's keys. */
const isExternalWebResource = (value: unknown): boolean =>
  isObject(value) && isSingleIri(value['id']) && !('value' in value) && !('source' in value) && !('target' in value);
/** §3.2.4: an Embedded Textual Body has its text in `value`. */
const isTextualBody = (value: unknown): boolean => isObject(value) && typeof value['value'] === 'string';
/** §4: a Specific Resource names its `source`. */
const isSpecificResource = (value: unknown): boolean => isObject(value) && 'source' in value;
/** §3.2.7: a Choice, Composite, List or Independents groups other resources in `items`. */
const isGroup = (value: unknown): boolean =>
  ['Choice', 'Composite', 'List', 'Independents'].some((type) => hasType(value, type)) &&
  isObject(value) &&
  Array.isArray(value['items']);

/** Exactly one of the kinds a body may be (the conformance tests' `oneOf`). */
function bodyKinds(body: unknown): number {
  return [
    isIri(body),
    isGroup(body),
    isSpecificResource(body),
    isExternalWebResource(body),
    isTextualBody(body),
  ].filter(Boolean).length;
}
function targetKinds(target: unknown): number {
  return [isIri(target), isGroup(target), isSpecificResource(target), isExternalWebResource(target)].filter(Boolean)
    .length;
}

/** Created, modified and generated, where present, are single xsd:dateTime values with a time zone (§3.3.1). */
function datesValid(value: Json, name: string, failures: string[]): void {
  for (const key of ['created', 'modified', 'generated']) {
    if (!(key in value)) continue;
    const dates = list(value[key]);
    if (dates.length !== 1 || typeof dates[0] !== 'string' || !DATE_TIME.test(dates[0]))
      failures.push(`${name}: ${key} is not one xsd:dateTime with a time zone`);
  }
  for (const key of ['rights', 'canonical', 'via']) {
    if (key in value && !list(value[key]).every(isIri)) failures.push(`${name}: ${key} is not an IRI`);
  }
}

/** The MUSTs of annotationMusts.test: context, id, type, target, bodies and the values of optional keys. */
export function annotationMustFailures(annotation: Json, context: unknown): string[] {
  const failures: string[] = [];
  const name = String(annotation['id'] ?? 'an annotation');
  if (!hasContext({ '@context': annotation['@context'] ?? context }))
    failures.push(`${name}: 3.1-annotationContextValidated`);
  if (!isSingleIri(annotation['id'])) failures.push(`${name}: 3.1-annotationIdValidated`);
  if (!hasType(annotation, 'Annotation')) failures.push(`${name}: 3.1-annotationTypeValidated`);
  if (!('target' in annotation) || list(annotation['target']).length === 0)
    failures.push(`${name}: 3.1-targetKeyFound`);
  if (!list(annotation['target']).every((target) => targetKinds(target) === 1))
    failures.push(`${name}: 3.2-targetObjectsRecognized`);
  if (!list(annotation['body']).every((body) => bodyKinds(body) === 1))
    failures.push(`${name}: 3.2-bodyObjectsRecognized`);
  if ('body' in annotation && 'bodyValue' in annotation) failures.push(`${name}: 3.2.5-notBodyBodyValue`);
  if ('motivation' in annotation && !list(annotation['motivation']).every((m) => MOTIVATIONS.has(String(m))))
    failures.push(`${name}: 3.3.5 motivation is not one of the model's`);
  datesValid(annotation, name, failures);
  return failures;
}

/** The MUSTs of collectionMusts.test. */
export function collectionMustFailures(collection: Json): string[] {
  const failures: string[] = [];
  const name = String(collection['id'] ?? 'the collection');
  if (!hasContext(collection)) failures.push(`${name}: 5.1-collectionContextValidated`);
  if (!isSingleIri(collection['id'])) failures.push(`${name}: 5.1-collectionIdValidated`);
  if (!hasType(collection, 'AnnotationCollection')) failures.push(`${name}: 5.1-collectionTypeValidated`);
  if ('label' in collection && !list(collection['label']).every((label) => typeof label === 'string'))
    failures.push(`${name}: 5.1-collectionLabelValidated`);
  const total = collection['total'];
  if ('total' in collection && !(Number.isInteger(total) && (total as number) >= 0))
    failures.push(`${name}: 5.1-collectionTotalValidated`);
  const first = collection['first'];
  if (((total as number) > 0 || 'first' in collection) && !(isSingleIri(first) || hasType(first, 'AnnotationPage')))
    failures.push(`${name}: 5.1-collectionFirstValidated`);
  if ('last' in collection && !isSingleIri(collection['last'])) failures.push(`${name}: 5.1-collectionLastValidated`);
  datesValid(collection, name, failures);
  return failures;
}

/** The MUSTs of pageMusts.test, for a page given on its own or embedded in its collection. */
export function pageMustFailures(page: Json, context: unknown): string[] {
  const failures: string[] = [];
  const name = String(page['id'] ?? 'a page');
  if (!hasContext({ '@context': page['@context'] ?? context })) failures.push(`${name}: 5.2-pageContextValidated`);
  if (!isSingleIri(page['id'])) failures.push(`${name}: 5.2-pageIdValidated`);
  if (!hasType(page, 'AnnotationPage')) failures.push(`${name}: 5.2-pageTypeValidated`);
  if (!Array.isArray(page['items']) || !page['items'].every((item) => isIri(item) || hasType(item, 'Annotation')))
    failures.push(`${name}: 5.2-pageItemsValidated`);
  const start = page['startIndex'];
  if ('startIndex' in page && !(Number.isInteger(start) && (start as number) >= 0))
    failures.push(`${name}: 5.2-pageStartIndexValidated`);
  for (const key of ['partOf', 'next', 'prev', 'first', 'last']) {
    if (key in page && !isSingleIri(page[key])) failures.push(`${name}: 5.2-page validates ${key}`);
  }
  datesValid(page, name, failures);
  return failures;
}

/** The SHOULDs a static site can meet: when, by whom, in what language, and the collection's pages linked. */
export function shouldFailures(collection: Json): string[] {
  const failures: string[] = [];
  const page = collection['first'] as Json;
  if (!('last' in collection)) failures.push('the collection has no last page');
  if (!isObject(page) || !isSingleIri(page['partOf'])) failures.push('the page has no partOf');
  for (const annotation of (isObject(page) ? list(page['items']) : []) as Json[]) {
    const name = String(annotation['id']);
    for (const key of ['created', 'modified', 'creator']) if (!(key in annotation)) failures.push(`${name}: no ${key}`);
    for (const body of list(annotation['body'])) {
      if (isTextualBody(body) && !('language' in (body as Json)))
        failures.push(`${name}: a textual body has no language`);
    }
  }
  return failures;
}

// --- The Working Group's SHOULDs ------------------------------------------------------------------------------
// The assertions of w3c/web-annotation-tests whose `assertionType` is "should", from annotationOptionals,
// annotationAgentOptionals, bodyOptionals, targetOptionals, specificResourceOptionals and collectionOptionals.
// Where an annotation has several bodies or targets, the assertion holds when one of them meets it, as the
// Working Group's schemas say ("one or more of which include…").

const MEDIA_TYPE = /^[a-z]+\/[a-z0-9.+-]+$/i;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
const AGENT_TYPES = ['Person', 'Organization', 'Software'];

/** A key that has exactly one value of the given kind (a single value, or a list of one). */
const single = (value: Json, key: string, valid: (item: unknown) => boolean): boolean => {
  const values = list(value[key]);
  return values.length === 1 && valid(values[0]);
};
const isString = (value: unknown): boolean => typeof value === 'string';
const isDateTime = (value: unknown): boolean => typeof value === 'string' && DATE_TIME.test(value);

/** An agent, given as an object or in a list, one of which meets `check` (the Working Group's oneOf). */
const someAgent = (value: unknown, check: (agent: Json) => boolean): boolean =>
  list(value).some((agent) => isObject(agent) && check(agent));
const agentChecks: Array<[string, (agent: Json) => boolean]> = [
  ['AgentIdImplemented', (agent) => single(agent, 'id', isIri)],
  ['AgentTypeImplemented', (agent) => list(agent['type']).some((type) => AGENT_TYPES.includes(String(type)))],
  ['AgentSingleNameImplemented', (agent) => single(agent, 'name', isString)],
];

/** The SHOULDs on one body or target, each met when one of them meets it. */
const resourceChecks: Array<[string, (resource: Json) => boolean]> = [
  ['3.2.1-{}SingleFormat', (resource) => single(resource, 'format', (f) => MEDIA_TYPE.test(String(f)))],
  ['3.2.1-{}SingleLanguage', (resource) => single(resource, 'language', (l) => LANGUAGE_TAG.test(String(l)))],
  ['3.3.1-{}SingleCreator', (resource) => single(resource, 'creator', (c) => isIri(c) || isObject(c))],
  ['3.3.1-{}Created', (resource) => single(resource, 'created', isDateTime)],
];

/** Every TextQuoteSelector of the annotation's Specific Resources, refinements included. */
function quoteSelectors(annotation: Json): Json[] {
  const found: Json[] = [];
  const visit = (selector: unknown): void => {
    if (!isObject(selector)) return;
    if (hasType(selector, 'TextQuoteSelector')) found.push(selector);
    list(selector['refinedBy']).forEach(visit);
  };
  for (const resource of [...list(annotation['body']), ...list(annotation['target'])])
    if (isObject(resource)) list(resource['selector']).forEach(visit);
  return found;
}

/** The Working Group's SHOULD assertions on one annotation, by the names of their files. */
export function annotationShouldFailures(annotation: Json): string[] {
  const failed: string[] = [];
  if (!('body' in annotation)) failed.push('3.1-bodyKeyFound');
  if (!single(annotation, 'creator', (c) => isIri(c) || isObject(c)))
    failed.push('3.3.1-singleAnnotationCreatorImplemented');
  if (!single(annotation, 'motivation', (m) => MOTIVATIONS.has(String(m))))
    failed.push('3.3.5-annotationSingleMotivationImplemented');
  const agents = ['creator', 'generator'].filter((key) => isObject(annotation[key]));
  if (!agents.every((key) => single(annotation[key] as Json, 'id', isIri)))
    failed.push('3.3.2-annotationAgentIdImplemented');
  for (const [role, key] of [
    ['Creator', 'creator'],
    ['Generator', 'generator'],
  ] as const) {
    for (const [name, check] of agentChecks)
      if (!someAgent(annotation[key], check)) failed.push(`3.3.2-annotation${role}${name}`);
  }
  for (const [part, key] of [
    ['body', 'body'],
    ['targ', 'target'],
  ] as const) {
    const resources = list(annotation[key]).filter(isObject);
    for (const [name, check] of resourceChecks) if (!resources.some(check)) failed.push(name.replace('{}', part));
  }
  if (!list(annotation['body']).some((body) => isTextualBody(body) && hasType(body, 'TextualBody')))
    failed.push('3.2.4-bodyETBTypeTextualBody');
  const quotes = quoteSelectors(annotation);
  for (const key of ['prefix', 'suffix'])
    if (!quotes.some((selector) => single(selector, key, isString))) failed.push(`4.2.4-${key}`);
  return failed;
}

/** The Working Group's SHOULD assertions on a collection's own description. */
export function collectionShouldFailures(collection: Json): string[] {
  return agentChecks
    .filter(([, check]) => !someAgent(collection['creator'], check))
    .map(([name]) => `3.3.2-collectionCreator${name}`);
}
