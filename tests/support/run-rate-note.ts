/** A note of one figure anchored to `quote`, for the loader's tests: `$10 billion` anchors, anything else does not. */
export const runRateNote = (quote: string): string =>
  [
    '---',
    'title: A deal',
    'figures:',
    '  - id: run-rate',
    '    value: 10000000000',
    '    unit: USD',
    '    label: Revenue run rate',
    `    quote: ${quote}`,
    '---',
    '',
    'OpenAI announced a run rate of $10 billion.',
    '',
  ].join('\n');
