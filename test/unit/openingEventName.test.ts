import { describe, expect, it } from 'vitest';
import { openingEventName } from '../../src/model/title/openingEventName.js';

describe('openingEventName: the full name of an event the title names in short', () => {
  it("takes a link's text in the opening paragraph that names the title's event with its year, and more", () => {
    expect(
      openingEventName(
        'devopsdays16',
        "[devopsdays Amsterdam '16](http://www.devopsdays.org/events/2016-amsterdam/) Report",
      ),
    ).toBe("devopsdays Amsterdam '16");
    expect(openingEventName('PyCon 2019', 'Back from [PyCon US 2019](https://us.pycon.org/2019/), tired.')).toBe(
      'PyCon US 2019',
    );
    expect(openingEventName('Devoxx 2022', 'Cette année au [Devoxx France 2022](https://devoxx.fr) !')).toBe(
      'Devoxx France 2022',
    );
  });

  it('skips words in a script the name is not written in: a translation of it', () => {
    expect(
      openingEventName(
        'PHPカンファレンス2023',
        '[PHP Conference Japan 2023](https://phpcon.php.gr.jp/2023/) に行ってきた。',
      ),
    ).toBe('PHP Conference Japan 2023');
    expect(openingEventName('인프콘 2022', '[INFCON 2022](https://www.inflearn.com/conf/infcon-2022) 후기')).toBeNull();
    expect(openingEventName('PyCon 2019 上海', 'at [PyCon China 2019](https://cn.pycon.org)')).toBe('PyCon China 2019');
  });

  it('finds the name in plain text too, links first', () => {
    expect(openingEventName('PyCon 2019', 'I went to PyCon US 2019 in Cleveland.')).toBe('PyCon US 2019');
    expect(openingEventName('PyCon 2019', 'At PyCon US 2019 (see [PyCon Cleveland 2019](https://x.org))')).toBe(
      'PyCon Cleveland 2019',
    );
    // The plain text is read without the links' addresses.
    expect(openingEventName('GopherCon 2014', 'See [the site](https://GopherCon.Denver.Big/2014) today')).toBeNull();
  });

  it("reads no image's text, and no name that goes on after its year", () => {
    expect(openingEventName('QConSP 2018', '![Logo QConSP 2018](/images/qconsp.jpg)')).toBeNull();
    expect(openingEventName('PyCon 2021', 'Videos: [PyCon 2021 Playlist](https://youtube.com/x)')).toBeNull();
    expect(openingEventName('PyCon 2021', 'At [PyCon US 2021.](https://x.org)')).toBe('PyCon US 2021.');
  });

  it('needs the same year, a Latin word in common and a fuller name', () => {
    expect(openingEventName('PyCon 2019', 'I went to [PyCon US 2018](https://x.org).')).toBeNull();
    expect(openingEventName('PyCon 2019', 'I went to [PyCon 2019](https://x.org).')).toBeNull();
    expect(openingEventName('PyCon 2019', 'I went to [JSConf EU 2019](https://x.org).')).toBeNull();
    expect(openingEventName('PyCon', 'I went to [PyCon US 2019](https://x.org).')).toBeNull();
    expect(openingEventName('2019', 'I went to [PyCon US 2019](https://x.org).')).toBeNull();
    expect(openingEventName('PyCon US 2019', 'I went to [PyCon 2019](https://x.org).')).toBeNull();
    expect(openingEventName('PyCon 2019', 'I went to [PyCon US](https://x.org) in 2019.')).toBeNull();
  });

  it('finds nothing without an opening paragraph', () => {
    expect(openingEventName('PyCon 2019', null)).toBeNull();
    expect(openingEventName('PyCon 2019', '')).toBeNull();
  });
});
