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
