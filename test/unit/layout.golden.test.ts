// The golden page: made-up stories covering every byline position and every combination of title lines,
// exported byte for byte as the hand-written fixture, and read back from it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportStories, parsePage, type Story } from '../../shared/index';
import { by, content, p, story, sub } from './helpers';

const FIXTURE = fileURLToPath(new URL('./fixtures/golden-page.txt', import.meta.url));

const STORIES: Story[] = [
  // headline only; byline at the end
  story({
    headline: '北沙社区夜市点亮老街烟火气',
    dateline: '本报讯',
    byline: [by('记者', ['庞雨桐']), by('通讯员', ['温小溪'])],
    bylinePosition: 'end',
    body: [p('5月17日晚，北沙社区便民夜市在老街开市，首晚吸引市民两千余人次。'), p('夜市共设摊位八十个，以本地小吃和手工艺品为主。')],
  }),
  // kicker + headline; byline inline after the intro, subheadings
  story({
    kicker: '柳岸街道',
    headline: '老旧小区加装电梯签约仪式举行',
    dateline: '本报讯',
    byline: [by('记者', ['杜望舒'])],
    bylinePosition: 'inline',
    body: [
      p('3月12日上午，柳岸街道举行老旧小区加装电梯集中签约仪式。首批六个楼栋的居民代表现场签约。'),
      sub('资金多方筹措'),
      p('加装费用由居民、产权单位和财政共同承担。'),
      sub('工期压缩到三个月'),
      p('施工方承诺每部电梯工期不超过九十天。'),
    ],
  }),
  // two-part headline + subheadline; byline in the dispatch line's brackets
  story({
    headline: '四项措施护航春耕备耕 确保农资供应',
    subheadline: '县农业服务中心下沉一线，为种植户解难题',
    dateline: '本报岩口3月6日电',
    byline: [by('记者', ['韦书言']), by('通讯员', ['樊小禾'])],
    bylinePosition: 'dateline',
    body: [p('当天，岩口县农业服务中心召开春耕备耕调度会，明确了四项措施。'), p('全县九个乡镇均已设立农资直供专柜。')],
  }),
  // kicker + headline + subheadline; byline at the top, two names and a credit
  story({
    kicker: '青苔镇',
    headline: '镇上首家共享农具站开门迎客',
    subheadline: '首批租出微耕机十二台，村民凭卡预约使用',
    dateline: '本报讯',
    byline: [by('记者', ['艾青禾', '卜一凡'], '文/图')],
    bylinePosition: 'top',
    body: [p('4月9日上午，青苔镇共享农具站正式开放。'), p('农具站由镇农技中心统一管理，每次最长可租用三天。')],
  }),
  // kicker + headline; a dated 讯 dateline; the trainee at the end
  story({
    kicker: '桃坞村',
    headline: '秋收农产品展销会开幕',
    dateline: '本报4月5日讯',
    byline: [by('实习生', ['卜一凡'])],
    bylinePosition: 'end',
    body: [p('当天，桃坞村秋收农产品展销会在村文化礼堂开幕。'), p('展销会汇集了周边十余家合作社的产品。')],
  }),
];

describe('golden page', () => {
  const fixture = readFileSync(FIXTURE);

  it('covers every byline position and every combination of title lines', () => {
    expect(new Set(STORIES.map((s) => s.bylinePosition))).toEqual(new Set(['end', 'inline', 'dateline', 'top']));
    const titles = new Set(STORIES.map((s) => [s.kicker !== '', s.subheadline !== ''].join()));
    expect(titles).toEqual(new Set(['false,false', 'true,false', 'false,true', 'true,true']));
  });

  it('is exported byte for byte as the fixture', () => {
    const bytes = Buffer.from(exportStories(STORIES), 'utf8');
    expect(bytes.toString('utf8')).toBe(fixture.toString('utf8'));
    expect(bytes.equals(fixture)).toBe(true);
  });

  it('reads back as the stories it was made from', () => {
    const r = parsePage(fixture.toString('utf8'));
    expect(r.stories.map(content)).toEqual(STORIES.map(content));
    expect(r.decisions.filter((d) => d.kind === 'unplaced')).toEqual([]);
  });

  it('reads back the same with CRLF line ends and indented paragraphs', () => {
    const text = fixture
      .toString('utf8')
      .split('\n')
      .map((l) => (/[。]/.test(l) && !/^记者/.test(l) ? `　　${l}` : l))
      .join('\r\n');
    expect(parsePage(text).stories.map(content)).toEqual(STORIES.map(content));
  });
});
