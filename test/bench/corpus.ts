// Made-up pages for benchmarks: many stories in the paper's layout, built from a fixed seed.
import { exportStories } from '../../shared/layout/export';
import { newStory, type Story } from '../../shared/story';

const PLACES = ['东湖', '青石', '城南', '柳岸', '西山', '龙泉', '桂园', '松江'];
const UNITS = ['街道', '社区', '镇', '局'];
const ACTS = ['举办', '开展', '启动', '推进', '召开', '组织'];
const THINGS = ['消防安全开放日', '义诊进社区活动', '夏粮收购工作', '全民读书节', '校园足球联赛', '垃圾分类宣传'];
const NAMES = ['李明', '王芳', '赵强', '陈晨', '周文斌', '杨德坤', '孙莉', '钱程'];

/** A small deterministic random source, so every run measures the same text. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function makeStories(count: number, seed = 7): Story[] {
  const rnd = seeded(seed);
  const pick = <T>(a: readonly T[]) => a[Math.floor(rnd() * a.length)] as T;
  const stories: Story[] = [];
  for (let i = 0; i < count; i++) {
    const place = pick(PLACES);
    const paragraphs = 3 + Math.floor(rnd() * 4);
    const body = Array.from({ length: paragraphs }, (_, k) => ({
      type: 'paragraph' as const,
      text: `${k === 0 ? `${1 + (i % 12)}月${1 + (i % 28)}日，` : ''}${place}${pick(UNITS)}${pick(ACTS)}${pick(THINGS)}，吸引居民${100 + i}余人参加，现场设置了${3 + k}个互动区域，群众反响热烈。`,
    }));
    stories.push(
      newStory(
        {
          kicker: rnd() < 0.5 ? `${place}${pick(UNITS)}` : '',
          headline: `${pick(ACTS)}${pick(THINGS)}`,
          byline: [{ role: '记者', names: [pick(NAMES)], credit: '' }, { role: '通讯员', names: [pick(NAMES)], credit: '' }],
          body,
        },
        { id: `bench-${i}` },
      ),
    );
  }
  return stories;
}

/** A page of about `bytes` bytes of UTF-8 text. */
export function makePage(bytes: number): string {
  let stories = 50;
  let page = exportStories(makeStories(stories));
  while (Buffer.byteLength(page) < bytes) {
    stories *= 2;
    page = exportStories(makeStories(stories));
  }
  return page.slice(0, page.lastIndexOf('\n\n', Math.floor((page.length * bytes) / Buffer.byteLength(page))) + 1);
}
