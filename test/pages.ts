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
