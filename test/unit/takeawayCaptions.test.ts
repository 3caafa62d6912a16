import { describe, expect, it } from 'vitest';
import { inlineTakeaway, isTakeawayCaption } from '../../src/plan/takeawayCaptions.js';

/** Every caption the notes use for their lessons, as the module lists them. */
const KNOWN_CAPTIONS = [
  'Take aways',
  'Takeaways',
  'Key takeaways',
  'Key take aways',
  'My takeaways',
  'Main takeaways',
  'Summary',
  'TL;DR',
  'TLDR',
  'Lessons learned',
  'Lessons learnt',
  'Key lessons',
  'Key learnings',
  'Key points',
  'Conclusion',
  'Conclusions',
  'Fazit',
  'Zusammenfassung',
  'Erkenntnisse',
  'Wichtigste Erkenntnisse',
  'Kernaussagen',
  'À retenir',
  'A retenir',
  'Résumé',
  'Points clés',
  'Leçons apprises',
  'En résumé',
  'Conclusiones',
  'Resumen',
  'Lecciones aprendidas',
  'Puntos clave',
  'Conclusões',
  'Resumo',
  'Lições aprendidas',
  'Conclusioni',
  'Riepilogo',
  'Punti chiave',
  'Samenvatting',
  'Conclusie',
  'Lessen',
  'Belangrijkste punten',
  '要点',
  '总结',
  '小结',
  '结论',
  '收获',
  'まとめ',
  '結論',
  '요약',
  '결론',
];

describe('isTakeawayCaption', () => {
  it('knows every caption of lessons, in any case and with any marks around it', () => {
    for (const caption of KNOWN_CAPTIONS) {
      expect(isTakeawayCaption(caption), caption).toBe(true);
      expect(isTakeawayCaption(`**${caption.toUpperCase()}:**`), caption).toBe(true);
      expect(isTakeawayCaption(`## ${caption}`), caption).toBe(true);
    }
  });

  it('reads words split by several spaces or marks as one caption', () => {
    expect(isTakeawayCaption('Wichtigste  Erkenntnisse')).toBe(true);
    expect(isTakeawayCaption('Wichtigste-Erkenntnisse')).toBe(true);
    expect(isTakeawayCaption('Wichtigste\tErkenntnisse')).toBe(true);
  });

  it('reads a caption holding a word of lessons anywhere', () => {
    const captions = ['Our take-aways today', 'Our take aways today', 'Our takeaway today', 'OUR TAKEAWAYS TODAY'];
    captions.push('The key points here', 'My key learnings at KubeCon', 'Three key lessons', 'The lessons learnt at X');
    captions.push('A conclusion at last', 'Conclusions and next steps', '会议要点', '本次总结');
    for (const caption of captions) expect(isTakeawayCaption(caption), caption).toBe(true);
  });

  it('reads a known caption followed by what it is about', () => {
    for (const caption of ['Summary for operators', 'Summary of the talk', 'Fazit from day one', 'Resumo about it'])
      expect(isTakeawayCaption(caption), caption).toBe(true);
    for (const caption of ['Points clés for operators', 'Wichtigste Erkenntnisse of the day'])
      expect(isTakeawayCaption(caption), caption).toBe(true);
  });

  it('reads no other caption', () => {
    const captions = ['Architecture', 'Summary statistics in Prometheus', 'Demo', 'Q&A', 'Summary thereof'];
    captions.push(
      'Summary offline',
      'Summary formats',
      'Fazit x for',
      'Points for',
      'Key',
      'Take',
      'Lessons',
      'Key lesson',
    );
    captions.push('Taking away', 'Key pointers', 'Summaries', '');
    for (const caption of captions) expect(isTakeawayCaption(caption), caption).toBe(false);
  });
});

describe('inlineTakeaway', () => {
  it('reads the lesson after any known caption and a colon', () => {
    for (const caption of KNOWN_CAPTIONS) expect(inlineTakeaway(`${caption}: the lesson`), caption).toBe('the lesson');
  });

  it('reads the caption in bold, with the bold closed before or after the colon', () => {
    expect(inlineTakeaway('**Fazit:** lohnt sich')).toBe('lohnt sich');
    expect(inlineTakeaway('**Fazit**: lohnt sich')).toBe('lohnt sich');
    expect(inlineTakeaway('__Summary__: keep it simple')).toBe('keep it simple');
    expect(inlineTakeaway('__Summary:__ keep it simple')).toBe('keep it simple');
    expect(inlineTakeaway('**Summary:**keep it simple')).toBe('keep it simple');
  });

  it('allows spaces around the caption and colon, a full-width colon, and a lesson over lines', () => {
    expect(inlineTakeaway('  Summary : keep it simple')).toBe('keep it simple');
    expect(inlineTakeaway('总结：保持简单')).toBe('保持简单');
    expect(inlineTakeaway('Summary:keep it')).toBe('keep it');
    expect(inlineTakeaway('Summary:\n  keep it\nsimple  ')).toBe('keep it\nsimple');
    expect(inlineTakeaway('TL;DR: use Thanos for long-term storage')).toBe('use Thanos for long-term storage');
  });

  it('reads no lesson in any other paragraph', () => {
    expect(inlineTakeaway('Note: this is not a lesson')).toBeNull();
    expect(inlineTakeaway('Summary:')).toBeNull();
    expect(inlineTakeaway('Summary:   ')).toBeNull();
    expect(inlineTakeaway('See *this* summary: not a caption')).toBeNull();
    expect(inlineTakeaway('The summary\nsays: not a caption')).toBeNull();
    expect(inlineTakeaway('Summary of what we saw in this long talk: x')).toBeNull();
    expect(inlineTakeaway('Summary for operators: x')).toBeNull();
    expect(inlineTakeaway('A: x')).toBeNull();
  });
});

describe('takeaway captions as notes write them', () => {
  it('knows the usual captions in several languages, and no other', () => {
    for (const caption of [
      'Takeaways',
      'Key take-aways:',
      '**TL;DR**',
      'Lessons learned',
      'Conclusion',
      'Summary',
      'Takeaways for operators',
      'Fazit',
      'Zusammenfassung',
      'À retenir',
      'Conclusiones',
      'Resumo',
      'Samenvatting',
      '总结',
      'まとめ',
      '요약',
    ]) {
      expect(isTakeawayCaption(caption), caption).toBe(true);
    }
    for (const caption of ['Architecture', 'Summary statistics in Prometheus', 'Demo', 'Q&A'])
      expect(isTakeawayCaption(caption), caption).toBe(false);
  });

  it('reads a lesson given inline', () => {
    expect(inlineTakeaway('TL;DR: use Thanos for long-term storage')).toBe('use Thanos for long-term storage');
    expect(inlineTakeaway('**Fazit:** lohnt sich')).toBe('lohnt sich');
    expect(inlineTakeaway('Note: this is not a lesson')).toBeNull();
  });
});
