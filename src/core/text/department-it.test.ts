import { describe, expect, it } from 'vitest';
import { IT_TERM, withDepartmentIT } from './department-it.js';
import { queryTerms, tokenize } from './tokenize.js';

describe('"IT" the department', () => {
  it('is a term of its own in capitals beside other words, and "information technology" is the same term', () => {
    expect(tokenize('How do I contact IT?')).toEqual(['contact', IT_TERM]);
    expect(tokenize('Call the IT Service Desk')).toEqual(['call', IT_TERM, 'servic', 'desk']);
    expect(tokenize('the Information Technology team')).toContain(IT_TERM);
    expect(queryTerms('phone number for IT')).toEqual(['phone', 'number', IT_TERM]);
  });

  it('is still the pronoun in lower case, at the start of a sentence, and in a line of capitals that uses it so', () => {
    expect(tokenize('Restart it. It is fine.')).toEqual(['restart', 'fine']);
    expect(tokenize('IF IT RAINS, KEEP IT DRY')).toEqual(['rain', 'keep', 'dry']);
    expect(tokenize('IT IS IMPORTANT')).toEqual(['import']);
    // A heading in capitals that names the department keeps it.
    expect(tokenize('HR AND IT CONTACTS')).toEqual(['hr', IT_TERM, 'contact']);
    expect(tokenize('IT SERVICE DESK')).toEqual([IT_TERM, 'servic', 'desk']);
    for (const label of ['WARNING: DO NOT OPEN IT WHILE HOT', 'SWITCH IT OFF', 'IT APPLIES TO ALL STAFF'])
      expect(tokenize(label)).not.toContain(IT_TERM);
  });

  it("reads the department's own possessive, and marks a text once however often it is read", () => {
    expect(tokenize("Log it on IT's portal")).toContain(IT_TERM);
    expect(tokenize('How do I contact IT?').filter((t) => t === IT_TERM)).toHaveLength(1);
    expect(withDepartmentIT(withDepartmentIT('the IT desk'))).toBe(`the IT ${IT_TERM} desk`);
  });
});
