// fast-check generators of well-formed made-up stories (default house style) and of tricky pages.
import fc from 'fast-check';
import { newStory, type Block, type BylinePosition, type Contributor, type Story } from '../../shared/index';

const PLACES = ['青苔', '柳岸', '北沙', '岩口', '枫溪', '石门', '桃坞', '云栖', '梅林', '白鹭', '松涛', '金沙'];
const UNITS = ['街道', '社区', '镇'];
const VERBS = ['举办', '启动', '开展', '推出', '建成', '开通', '完成', '组织'];
const OBJECTS = [
  '消防安全开放日',
  '春季植树活动',
  '垃圾分类宣传周',
  '老年书画展览',
  '夜间义诊',
  '青少年足球赛',
  '农技培训课',
  '防汛应急演练',
  '图书漂流活动',
  '科普讲座',
  '邻里运动会',
  '便民理发',
];
const SECOND_PARTS = ['居民踊跃参与', '现场气氛热烈', '群众纷纷点赞', '成效初步显现', '惠及上千户家庭', '筑牢安全防线'];
const SUB_CLAUSES = [
  '吸引周边居民三百余人参加',
  '为群众送上实实在在的服务',
  '进一步提升了居民安全意识',
  '全年计划开展十二场',
  '活动将持续到本月底',
  '相关经验将在全区推广',
];
const TIMES = ['5月8日上午', '连日来', '日前', '近日', '6月2日', '当天下午', '9月15日晚'];
const LEAD_CLAUSES = [
  '社区在文化广场举办了一场特别的活动',
  '镇里组织志愿者走进田间地头',
  '街道联合多家单位开展集中行动',
  '二十余名志愿者来到老街',
  '活动吸引了不少年轻人参与',
];
const SENTENCES = [
  '活动现场设置了六个互动区域。',
  '志愿者为居民讲解了相关知识。',
  '不少居民带着孩子一同前来。',
  '工作人员介绍，此类活动将每月举办一次。',
  '据了解，该项目总投资约二百万元。',
  '下一步，相关部门将持续跟进。',
  '参与者纷纷表示收获很大。',
  '现场气氛热烈。',
  '居民王大爷说：“这样的活动办到了我们心坎上。”',
  '截至目前，已有一千二百余人次受益。',
];
const SUBHEADINGS = ['开辟绿色通道', '强化质量检测', '做好跟踪服务', '创新工作方法', '织密安全防线', '凝聚各方力量'];
const SURNAMES = ['李', '王', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗'];
const GIVEN = ['明', '芳', '强', '伟', '静', '磊', '洋', '勇', '艳', '杰', '涛', '晨', '晓', '雨', '嘉', '欣', '宇', '航', '琳', '博'];
const ROLES = ['记者', '通讯员', '实习生'];

const pick = (xs: readonly string[]) => fc.constantFrom(...xs);

const kickerArb = fc.tuple(pick(PLACES), pick(UNITS)).map(([a, b]) => a + b);
const headlineArb = fc
  .tuple(pick(VERBS), pick(OBJECTS), fc.option(pick(SECOND_PARTS), { nil: undefined }))
  .map(([v, o, second]) => (second ? `${v}${o} ${second}` : `${v}${o}`));
const subheadlineArb = fc
  .tuple(pick(SUB_CLAUSES), pick(SUB_CLAUSES))
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => `${a}，${b}`);
const datelineArb = fc.oneof(
  fc.constant('本报讯'),
  fc.tuple(pick(PLACES), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([pl, m, d]) => `本报${pl}${m}月${d}日电`),
);
const nameArb = fc.tuple(pick(SURNAMES), fc.array(pick(GIVEN), { minLength: 1, maxLength: 2 })).map(([s, g]) => s + g.join(''));
const bylineArb: fc.Arbitrary<Contributor[]> = fc.uniqueArray(pick(ROLES), { minLength: 1, maxLength: 3 }).chain((roles) =>
  fc.tuple(
    ...roles.map((role) =>
      fc.record({
        role: fc.constant(role),
        names: fc.uniqueArray(nameArb, { minLength: 1, maxLength: 2 }),
        credit: fc.constantFrom('', '文/图'),
      }),
    ),
  ),
);

const paragraphArb = fc.array(pick(SENTENCES), { minLength: 1, maxLength: 3 }).map((s) => s.join(''));
const leadArb = fc
  .tuple(pick(TIMES), pick(LEAD_CLAUSES), fc.array(pick(SENTENCES), { maxLength: 2 }))
  .map(([t, c, more]) => `${t}，${c}。${more.join('')}`);
const p = (text: string): Block => ({ type: 'paragraph', text });

/** Lead, more paragraphs, optional subheadings each followed by a paragraph; the last block is a paragraph. */
const bodyArb: fc.Arbitrary<Block[]> = fc
  .tuple(
    leadArb,
    fc.array(paragraphArb, { maxLength: 2 }),
    fc.array(fc.tuple(pick(SUBHEADINGS), fc.array(paragraphArb, { minLength: 1, maxLength: 2 })), { maxLength: 2 }),
  )
  .map(([lead, paras, sections]) => [
    p(lead),
    ...paras.map(p),
    ...sections.flatMap(([h, ps]): Block[] => [{ type: 'subheading', text: h }, ...ps.map(p)]),
  ]);

export const storyArb: fc.Arbitrary<Story> = fc
  .record({
    kicker: fc.option(kickerArb, { nil: '' }),
    headline: headlineArb,
    subheadline: fc.option(subheadlineArb, { nil: '' }),
    dateline: datelineArb,
    byline: fc.oneof({ weight: 5, arbitrary: bylineArb }, { weight: 1, arbitrary: fc.constant<Contributor[]>([]) }),
    bylinePosition: fc.constantFrom<BylinePosition>('end', 'inline', 'dateline', 'top'),
    body: bodyArb,
  })
  .map((fields) =>
    newStory(
      { ...fields, bylinePosition: fields.byline.length === 0 ? 'end' : fields.bylinePosition },
      { id: 'generated', now: new Date(0) },
    ),
  );

export const storiesArb = fc.array(storyArb, { minLength: 1, maxLength: 4 });

/** Pieces that make the importer's choices hard. */
export const TRICKY_PIECES = [
  '\n',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  ' ',
  '　',
  '\t',
  '\ufeff',
  '本报讯',
  '本报岩口5月8日电',
  '本报4月5日讯',
  '记者',
  '通讯员',
  '实习生',
  '本报记者',
  '摄影',
  '（',
  '）',
  '(',
  ')',
  '【',
  '】',
  '□',
  '>>',
  '》》',
  '。',
  '，',
  '、',
  '：',
  ':',
  '！',
  '?',
  '……',
  '”',
  '“',
  '——',
  '李明',
  '王芳',
  '欧阳晓',
  '街道',
  '社区',
  '镇',
  '局',
  '文/图',
  '文图',
  '摄',
  '手记',
  '青苔',
  '举办活动',
  '居民踊跃参与',
  '当天上午',
  '3',
  '12',
  'a',
  'x.',
  '0571',
];

export const trickyPageArb = fc.array(fc.constantFrom(...TRICKY_PIECES), { maxLength: 80 }).map((xs) => xs.join(''));
