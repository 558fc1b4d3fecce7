// Made-up stories in the paper's layout (LAYOUT.md), as page lines, shared by the import tests of every kind.

/** A kicker, a headline, the 本报讯 lead, a paragraph and the byline. */
export const LIUAN_LINES = [
  '柳岸街道',
  '',
  '老旧小区加装电梯签约仪式举行',
  '',
  '本报讯 3月12日上午，柳岸街道举行老旧小区加装电梯集中签约仪式。',
  '',
  '首批六个楼栋的居民代表现场签约。',
  '',
  '记者 杜望舒',
] as const;

/** A kicker, a headline, a dated dateline (本报4月5日讯), a paragraph and an intern's byline. */
export const TAOWU_LINES = [
  '桃坞村',
  '',
  '秋收农产品展销会开幕',
  '',
  '本报4月5日讯 当天，桃坞村秋收农产品展销会在村文化礼堂开幕。',
  '',
  '展销会汇集了周边十余家合作社的产品。',
  '',
  '实习生 卜一凡',
] as const;

/**
 * Two title lines that read nearly as well either way (the importer keeps the other reading one click away): taken
 * as kicker + headline, and the byline with its photo credit (摄).
 */
export const QINGSHI_LINES = [
  '老街新貌',
  '',
  '青石社区完成雨污分流改造',
  '',
  '本报讯 6月3日，青石社区老街雨污分流改造工程全部完工，沿街十二栋居民楼告别污水漫溢。',
  '',
  '改造期间，社区每天公示施工进度，居民有事随时可以找施工队。',
  '',
  '记者 岑晓岚 摄',
] as const;

/** Two title lines that read nearly as well either way: taken as headline + subheadline (the second reads as a sentence). */
export const XIAOXIANG_LINES = [
  '小巷焕新颜',
  '',
  '三条背街小巷完成改造，居民出行更方便',
  '',
  '本报讯（通讯员 柯明日）近日，城南街道三条背街小巷改造完工，路面、路灯和排水一并更新。',
  '',
  '街道还在巷口增设了休息座椅和便民公告栏。',
] as const;

const PLACES = ['柳岸', '桃坞', '北沙', '青石', '城南', '西山', '龙泉', '桂园', '松江', '东湖'];
const UNITS = ['街道', '社区', '镇', '村'];
const THINGS = ['邻里节', '义诊活动', '消防演练', '读书会', '农技培训', '文艺汇演', '健步走', '便民集市'];
const SURNAMES = ['杜', '卜', '庞', '温', '欧阳', '柯', '简', '岑'];
const GIVEN = ['望舒', '一凡', '雨桐', '小溪', '明日', '晓岚', '子衿', '若愚'];

/**
 * A made-up page of `stories` stories in the paper's layout, each about 1,600 bytes (so 1,312 stories make about
 * 2 MB): kicker, a numbered headline (“第N场…”, so that a test can find any story), the 本报讯 lead, four
 * paragraphs and the byline. Deterministic: the same page every time.
 */
export function bigPage(stories = 1312): string {
  const out: string[] = [];
  for (let i = 0; i < stories; i++) {
    const pick = <T>(list: readonly T[], k: number) => list[(i * 7 + k * 3) % list.length] as T;
    const place = pick(PLACES, 0);
    const unit = pick(UNITS, 1);
    const thing = pick(THINGS, 2);
    const name = (k: number) => `${pick(SURNAMES, k)}${pick(GIVEN, k + 1)}`;
    const paragraph = (k: number) =>
      `${place}${unit}的志愿者们提前一周就开始筹备，走访了${20 + ((i + k) % 60)}户居民，收集到${5 + (k % 9)}条意见建议，` +
      `逐条梳理后落实到活动方案中。现场设置了咨询、体验和展示${3 + k}个区域，居民们排队参与，气氛十分热烈。` +
      `负责人介绍，下一步将把这类活动做成常态，每月固定举办一次，让更多群众在家门口就能享受到实实在在的服务。`;
    out.push(
      `${place}${unit}`,
      '',
      `第${i + 1}场${thing}在${place}举行`,
      '',
      `本报讯 ${1 + (i % 12)}月${1 + (i % 28)}日上午，${place}${unit}第${i + 1}场${thing}在社区广场举行，吸引居民${100 + i}余人参加。`,
      '',
      paragraph(0),
      '',
      paragraph(1),
      '',
      paragraph(2),
      '',
      `活动结束后，不少居民留下来继续交流，纷纷表示这样的活动贴近生活、很接地气，希望以后能多办几场。`,
      '',
      `记者 ${name(0)} 通讯员 ${name(1)}`,
      '',
    );
  }
  return out.join('\n');
}
