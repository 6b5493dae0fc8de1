import { describe, expect, it } from 'vitest';
import { entityId, foldName, slugify, topicId } from './ids.js';

describe('ids', () => {
  it('fold case, accents and scripts so spellings of one name meet', () => {
    expect(foldName('  JOHN  Héaley ')).toBe('john healey');
    expect(foldName('Władysław Kosiniak-Kamysz')).toBe('wladyslaw kosiniak-kamysz');
    expect(foldName('Олена Зеленська')).toBe("olena zelens'ka");
  });

  it('fold plain ASCII (the shortcut) as the Unicode path folds the same text with one accent more', () => {
    expect(foldName(' O`Brien\tAND  Co. (€5) ')).toBe("o'brien and co. (€5)");
    expect(foldName(' O`Brien\tAND  Co. (5%) ')).toBe("o'brien and co. (5%)");
    expect(foldName(' Ó`Brien\tAND  Co. (5%) ')).toBe("o'brien and co. (5%)");
  });

  it('give every name a distinct, readable id, whatever its script', () => {
    expect(entityId('organization', 'Institute for the Study of War')).toBe('organization:institute-for-the-study-of-war');
    expect(entityId('person', 'Олена Зеленська')).toBe('person:olena-zelenska');
    expect(entityId('person', 'Іван Франко')).toBe('person:ivan-franko');
    expect(topicId('війна')).toBe('topic:viina');
    expect(entityId('place', '北京')).toBe('place:beijing');
  });

  it('never give two different names the empty id', () => {
    expect(slugify('???')).toMatch(/^h[0-9a-f]{12}$/);
    expect(slugify('???')).not.toBe(slugify('!!!'));
  });
});
