import { describe, expect, it } from 'vitest';
import { withoutPostWrapper } from '../../src/model/title/postWrappers.js';

describe('withoutPostWrapper: the conference inside a blog post title', () => {
  it('drops an opening phrase about the post, in several languages', () => {
    expect(withoutPostWrapper('My Notes From QCon London 2016')).toBe('QCon London 2016');
    expect(withoutPostWrapper('Notes from the Big Fun Conf 2019')).toBe('Big Fun Conf 2019');
    expect(withoutPostWrapper('My takeaways from PyCon US 2019')).toBe('PyCon US 2019');
    expect(withoutPostWrapper('Takeaways of GopherCon 2014')).toBe('GopherCon 2014');
    expect(withoutPostWrapper('A recap of JSConf EU 2013')).toBe('JSConf EU 2013');
    expect(withoutPostWrapper('Estuvimos en DeveloperOS Madrid 2017')).toBe('DeveloperOS Madrid 2017');
    expect(withoutPostWrapper('Mis notas de la Codemotion 2015')).toBe('Codemotion 2015');
    expect(withoutPostWrapper('Retour sur le DevFest Nantes 2025')).toBe('DevFest Nantes 2025');
    expect(withoutPostWrapper('Compte-rendu du Devoxx France 2022')).toBe('Devoxx France 2022');
    expect(withoutPostWrapper('Notizen von der FrOSCon 2019')).toBe('FrOSCon 2019');
    expect(withoutPostWrapper('Rückblick auf die JavaLand 2023')).toBe('JavaLand 2023');
    expect(withoutPostWrapper('Appunti dal Codemotion Roma 2015')).toBe('Codemotion Roma 2015');
    expect(withoutPostWrapper('Estive no TDC 2011')).toBe('TDC 2011');
    expect(withoutPostWrapper('Como foi participar do PHP Experience 2018')).toBe('PHP Experience 2018');
    expect(withoutPostWrapper('Como foi o TDC 2011')).toBe('TDC 2011');
    expect(withoutPostWrapper('Como foi na QCon SP 2018')).toBe('QCon SP 2018');
    expect(withoutPostWrapper('Cómo fue la PyConES 2019')).toBe('PyConES 2019');
    expect(withoutPostWrapper('How was GopherCon 2014?')).toBe('GopherCon 2014');
    expect(withoutPostWrapper('Verslag van DevDays 2018')).toBe('DevDays 2018');
  });

  it('drops a closing word about the post, alone or after a separator', () => {
    expect(withoutPostWrapper('COSCUP 2014 Notes and Thoughts')).toBe('COSCUP 2014');
    expect(withoutPostWrapper('JSConf EU 2013 impressions')).toBe('JSConf EU 2013');
    expect(withoutPostWrapper('SREcon Europe 2017: impressions')).toBe('SREcon Europe 2017');
    expect(withoutPostWrapper('SnowCamp 2019 - Summary')).toBe('SnowCamp 2019');
    expect(withoutPostWrapper('RoboCon 2025 Helsinki Recap')).toBe('RoboCon 2025 Helsinki');
    expect(withoutPostWrapper('Fluent Conference Notes')).toBe('Fluent Conference');
    expect(withoutPostWrapper('PyCon 2021 Conference Notes')).toBe('PyCon 2021 Conference');
    expect(withoutPostWrapper('Strange Loop 2019 (Trip Report)')).toBe('Strange Loop 2019');
    expect(withoutPostWrapper('Devoxx 2022 : compte rendu')).toBe('Devoxx 2022');
    expect(withoutPostWrapper('JavaLand 2023 Rückblick')).toBe('JavaLand 2023');
    expect(withoutPostWrapper('Codemotion 2015 - resumen')).toBe('Codemotion 2015');
    expect(withoutPostWrapper('csvconf notes 2019')).toBe('csvconf 2019');
    expect(withoutPostWrapper('KubeCon - Recap 2019')).toBe('KubeCon 2019');
    expect(withoutPostWrapper('KubeCon Recap 20190')).toBe('KubeCon Recap 20190');
  });

  it('drops a round-up or wrap-up of the talks at the end, the talks word before it too', () => {
    expect(withoutPostWrapper('Big Ruby Presentation Round-up')).toBe('Big Ruby');
    expect(withoutPostWrapper('DevFest 2018 Talks Roundup')).toBe('DevFest 2018');
    expect(withoutPostWrapper('JSConf EU session round up')).toBe('JSConf EU');
    expect(withoutPostWrapper('RailsConf 2023 Wrap-up')).toBe('RailsConf 2023');
    expect(withoutPostWrapper('PyCon 2019 wrapup')).toBe('PyCon 2019');
    expect(withoutPostWrapper('KubeCon - Sessions Round-up 2019')).toBe('KubeCon 2019');
    // Only at the end: a name that opens with the word stays.
    expect(withoutPostWrapper('Roundup Conf 2019')).toBe('Roundup Conf 2019');
    // A title of nothing else stays as written.
    expect(withoutPostWrapper('Round-up')).toBe('Round-up');
  });

  it('drops what a cut closing word leaves dangling: the joiner and the links or slides beside it', () => {
    expect(withoutPostWrapper('PyGotham 2018 talk links and notes')).toBe('PyGotham 2018');
    expect(withoutPostWrapper('DevFest 2018 slides & recap')).toBe('DevFest 2018');
    expect(withoutPostWrapper('JSConf EU videos und Notizen')).toBe('JSConf EU');
    expect(withoutPostWrapper('Devoxx 2022 sessions photos et notes')).toBe('Devoxx 2022');
    expect(withoutPostWrapper('Codemotion 2015 y notas')).toBe('Codemotion 2015');
    expect(withoutPostWrapper('DevFest 2018 - slides and notes')).toBe('DevFest 2018');
    expect(withoutPostWrapper('DevFest 2018  talk  links  and  notes')).toBe('DevFest 2018');
    // A joiner inside the name stays: only one left at the end by the cut goes.
    expect(withoutPostWrapper('Rust and Go notes')).toBe('Rust and Go');
    expect(withoutPostWrapper('Salt and Pepper Conf')).toBe('Salt and Pepper Conf');
  });

  it('drops a clause after a separator that opens with such a word', () => {
    expect(withoutPostWrapper('Codemotion Tech Meetup 2015 Roma - appunti sparsi, video e slide')).toBe(
      'Codemotion Tech Meetup 2015 Roma',
    );
    expect(withoutPostWrapper('KubeCon 2019: notes, links and slides')).toBe('KubeCon 2019');
    // Without a separator the word is only dropped at the very end.
    expect(withoutPostWrapper('Notes app meetup 2019')).toBe('Notes app meetup 2019');
  });

  it('drops Japanese, Korean and Chinese endings written without a space', () => {
    expect(withoutPostWrapper('DroidKaigi 2025に参加した話')).toBe('DroidKaigi 2025');
    expect(withoutPostWrapper('RubyKaigi 2014に参加してきた')).toBe('RubyKaigi 2014');
    expect(withoutPostWrapper('PHPerKaigi2023に参加しています')).toBe('PHPerKaigi2023');
    expect(withoutPostWrapper('PyCon JP 2018へ行ってきました')).toBe('PyCon JP 2018');
    expect(withoutPostWrapper('iOSDC 2019 参加レポート')).toBe('iOSDC 2019');
    expect(withoutPostWrapper('YAPC::Asia 2015 参加記')).toBe('YAPC::Asia 2015');
    expect(withoutPostWrapper('인프콘 2022 후기')).toBe('인프콘 2022');
    expect(withoutPostWrapper('if(kakao) 2022 참가 후기')).toBe('if(kakao) 2022');
    expect(withoutPostWrapper('KubeCon 2019 上海 Session 小记')).toBe('KubeCon 2019 上海 Session');
    expect(withoutPostWrapper('Bot Friday 第八次活动纪要')).toBe('Bot Friday 第八次活动');
    expect(withoutPostWrapper('PyCon China 南宁场私人回顾')).toBe('PyCon China 南宁场');
    // An overview of the event: "개요" (Korean), "概要" (Japanese), "概述" (Chinese).
    expect(withoutPostWrapper('GEdge Platform 2회 오픈 컨퍼런스 개요')).toBe('GEdge Platform 2회 오픈 컨퍼런스');
    expect(withoutPostWrapper('if(kakao) 2022 참가 개요')).toBe('if(kakao) 2022');
    expect(withoutPostWrapper('JJUG CCC 2019 Fall 概要')).toBe('JJUG CCC 2019 Fall');
    expect(withoutPostWrapper('QCon 北京 2018 概述')).toBe('QCon 北京 2018');
    expect(withoutPostWrapper('개요')).toBe('개요');
  });

  it('drops an opening phrase and a closing word together', () => {
    expect(withoutPostWrapper('Notes from GopherCon 2014 - Summary')).toBe('GopherCon 2014');
  });

  it('keeps a title that is nothing but the wrapper, or leaves no letters', () => {
    expect(withoutPostWrapper('Notes')).toBe('Notes');
    expect(withoutPostWrapper('Summary')).toBe('Summary');
    expect(withoutPostWrapper('Notes from 2019')).toBe('Notes from 2019');
    expect(withoutPostWrapper('2019 Recap')).toBe('2019 Recap');
    expect(withoutPostWrapper('後記')).toBe('後記');
  });

  it('keeps a conference title without a wrapper as written', () => {
    expect(withoutPostWrapper('  KubeCon / Cloud Native Con Europe 2021 ')).toBe(
      'KubeCon / Cloud Native Con Europe 2021',
    );
    expect(withoutPostWrapper('rstudio::conf 2019')).toBe('rstudio::conf 2019');
    expect(withoutPostWrapper('Code Review Summit')).toBe('Code Review Summit');
    expect(withoutPostWrapper('Java 9 : conf meetup')).toBe('Java 9 : conf meetup');
    expect(withoutPostWrapper('Release Notes Day 2019')).toBe('Release Notes Day 2019');
  });
  it('drops each opening phrase of the list, one title each', () => {
    expect(withoutPostWrapper('Thoughts on KubeCon 2019')).toBe('KubeCon 2019');
    expect(withoutPostWrapper('Highlights from React Conf 2019')).toBe('React Conf 2019');
    expect(withoutPostWrapper('Lessons learned at QCon 2018')).toBe('QCon 2018');
    expect(withoutPostWrapper('What I learned at RailsConf 2019')).toBe('RailsConf 2019');
    expect(withoutPostWrapper('Report from FOSDEM 2020')).toBe('FOSDEM 2020');
    expect(withoutPostWrapper('Back from JSConf EU 2019')).toBe('JSConf EU 2019');
    expect(withoutPostWrapper('Estuve en la Codemotion 2016')).toBe('Codemotion 2016');
    expect(withoutPostWrapper('Fuimos a la PyConES 2019')).toBe('PyConES 2019');
    expect(withoutPostWrapper('Notas de la Codemotion 2015')).toBe('Codemotion 2015');
    expect(withoutPostWrapper('Minhas notas do TDC 2019')).toBe('TDC 2019');
    expect(withoutPostWrapper('Resumen de la JSConf 2019')).toBe('JSConf 2019');
    expect(withoutPostWrapper('Resumo do TDC 2019')).toBe('TDC 2019');
    expect(withoutPostWrapper('Crónica de la T3chFest 2019')).toBe('T3chFest 2019');
    expect(withoutPostWrapper('Mes notes du DevFest Nantes 2019')).toBe('DevFest Nantes 2019');
    expect(withoutPostWrapper('Notes du Devoxx France 2022')).toBe('Devoxx France 2022');
    expect(withoutPostWrapper('Mon retour du Devoxx France 2019')).toBe('Devoxx France 2019');
    expect(withoutPostWrapper('Bericht von der JavaLand 2023')).toBe('JavaLand 2023');
    expect(withoutPostWrapper('Resoconto del Codemotion Roma 2019')).toBe('Codemotion Roma 2019');
  });

  it('drops each closing word of the list, one title each', () => {
    expect(withoutPostWrapper('PyCon 2019 Key Takeaways')).toBe('PyCon 2019');
    expect(withoutPostWrapper('Strange Loop 2019 Write-up')).toBe('Strange Loop 2019');
    // "notes" alone would leave "mes" behind.
    expect(withoutPostWrapper('DevFest Nantes 2019 - mes notes')).toBe('DevFest Nantes 2019');
    expect(withoutPostWrapper('Devoxx France 2019 : bilan')).toBe('Devoxx France 2019');
    expect(withoutPostWrapper('Codemotion 2015 - mis notas')).toBe('Codemotion 2015');
    expect(withoutPostWrapper('TDC 2019 - resumo')).toBe('TDC 2019');
    expect(withoutPostWrapper('T3chFest 2019: crónica')).toBe('T3chFest 2019');
    expect(withoutPostWrapper('Codemotion Roma 2019 - riassunto')).toBe('Codemotion Roma 2019');
    expect(withoutPostWrapper('Codemotion Milano 2018 - resoconto')).toBe('Codemotion Milano 2018');
    expect(withoutPostWrapper('FrOSCon 2019 Notizen')).toBe('FrOSCon 2019');
    expect(withoutPostWrapper('JavaLand 2023 - Zusammenfassung')).toBe('JavaLand 2023');
  });

  it('drops a closing clause in any case', () => {
    expect(withoutPostWrapper('KubeCon 2019: Notes, links and slides')).toBe('KubeCon 2019');
  });

  it('drops a Korean or Japanese ending in its other spellings, and only at the end', () => {
    expect(withoutPostWrapper('iOSDC 2019 レポート')).toBe('iOSDC 2019');
    expect(withoutPostWrapper('if(kakao) 2022 참가후기')).toBe('if(kakao) 2022');
    expect(withoutPostWrapper('DEVIEW 2019 다녀왔습니다')).toBe('DEVIEW 2019');
    expect(withoutPostWrapper('DEVIEW 2019에 다녀왔어요')).toBe('DEVIEW 2019');
    expect(withoutPostWrapper('DEVIEW 2019에다녀왔어요')).toBe('DEVIEW 2019');
    // "メモ" (memo) opens "メモリ" (memory): a study group's name, not a post's ending.
    expect(withoutPostWrapper('メモリ勉強会 2019')).toBe('メモリ勉強会 2019');
  });

  it('reads an opening phrase after spaces', () => {
    expect(withoutPostWrapper('  My notes from QCon London 2016')).toBe('QCon London 2016');
  });

  it('keeps the mark that ends a title with no wrapper', () => {
    expect(withoutPostWrapper('WTF is Cloud Native?')).toBe('WTF is Cloud Native?');
    expect(withoutPostWrapper('Serverless Days -')).toBe('Serverless Days -');
  });
});
