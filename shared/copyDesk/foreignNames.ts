// Foreign names in Chinese copy: the characters of transliterated names (新华社译名), to tell 约翰.史密斯 from a sentence's end.
import { isHan } from '../text';

/**
 * Characters that transliterated personal names are written with (the syllable table of the Xinhua naming
 * guides). A name's parts are runs of these; ordinary words rarely are, on both sides of a point.
 */
const NAME_CHARACTERS = new Set(
  [
    '阿埃艾爱安昂奥敖巴拜班邦保鲍贝本比彼毕边宾波伯博布步查察达戴丹道德登邓迪蒂底丁东杜敦多厄恩尔法范菲斐芬丰冯'.split(''),
    '弗福富伽盖甘冈高戈哥格根贡古瓜哈海亥汉杭豪赫黑亨洪侯胡华怀霍基吉季加佳贾杰捷金晋卡凯坎康考柯科可克肯孔'.split(''),
    '库夸奎昆拉腊莱赖兰朗劳勒雷蕾累黎里理丽利莉连廉良列林琳凌留柳龙隆楼卢鲁路伦罗洛吕马玛迈麦曼芒毛茂梅美门'.split(''),
    '蒙孟米密敏明缪摩莫默姆穆纳娜乃奈南内尼妮宁纽农努诺欧帕潘庞佩彭皮珀坡普齐奇恰乔琼丘屈萨塞赛桑瑟森莎沙珊'.split(''),
    '什舍申史士斯松苏索塔泰坦汤唐陶特滕提廷通图托瓦娃万旺威韦维温沃乌伍西希锡夏肖谢欣辛休许雅亚扬耶伊依因英'.split(''),
    '尤于约泽扎詹兹朱卓佐茨翰娅'.split(''),
  ].flat(),
);

const isNameCharacter = (ch: string | undefined) => ch !== undefined && isHan(ch) && NAME_CHARACTERS.has(ch);

/** Length of the run of name characters that ends before `i` (backwards) or starts at `i` (forwards). */
function nameRun(text: string, i: number, step: 1 | -1): number {
  let n = 0;
  for (let j = step === 1 ? i : i - 1; isNameCharacter(text[j]); j += step) n++;
  return n;
}

/** True when the mark at `i` stands between two parts of a transliterated name (约翰.史密斯), two characters or more each. */
export function isBetweenNameParts(text: string, i: number): boolean {
  return nameRun(text, i, -1) >= 2 && nameRun(text, i + 1, 1) >= 2;
}
