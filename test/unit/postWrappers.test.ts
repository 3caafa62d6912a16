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
});
