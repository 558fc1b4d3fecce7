// Interface text of the copyDesk area, in English and Chinese (same keys in both).
export const copyDeskMessages = {
  en: {
    'copyDesk.title': 'Copy check',
    'copyDesk.none': 'No findings: the copy passes every check.',
    'copyDesk.summary': 'Errors: {errors} · warnings: {warnings}',
    'copyDesk.badge': 'Copy check: {summary}',
    'copyDesk.badge.clean': 'all clear',
    'copyDesk.fix': 'Fix',
    'copyDesk.show': 'Show',
    'copyDesk.fixTo': 'Fix: make it “{replacement}”',
    'copyDesk.fixRemove': 'Fix: remove it',
    'copyDesk.ignore': 'Ignore',
    'copyDesk.moveLead': 'Move to the fields',
    'copyDesk.fixAll': 'Fix all ({n})',
    'copyDesk.fixAllDone': '{n} fixed. Ctrl+Z here or in the field undoes it.',
    'copyDesk.fixDone': 'Fixed. Ctrl+Z here or in the field undoes it.',
    'copyDesk.undone': 'Fix undone.',
    'copyDesk.ignored': 'Ignored for this story until the app is closed.',
    'copyDesk.severity.error': 'Error',
    'copyDesk.severity.warning': 'Warning',
    'copyDesk.where.lead': 'Lead',
    'copyDesk.where.paragraph': 'Paragraph {n}',
    'copyDesk.where.subheading': 'Subheading {n}',
    'copyDesk.where.caption': 'Photo caption {n}',
    'copyDesk.where.credit': 'Photo credit {n}',
    'copyDesk.dock.all': 'All findings ({n})',
    'copyDesk.dock.fewer': 'First finding only',
    'copyDesk.where.story': 'Whole story',
    'copyDesk.rule.halfwidth-punctuation':
      'Half-width “{found}” in Chinese text: Chinese punctuation is full width (GB/T 15834), “{replacement}”.',
    'copyDesk.rule.unpaired-mark.unclosed': '“{found}” is never closed: each opening mark needs its closing one.',
    'copyDesk.rule.unpaired-mark.unopened': '“{found}” closes nothing: its opening mark is missing.',
    'copyDesk.rule.unpaired-mark.crossed': '“{found}” is still open where “{other}” closes: marks must nest.',
    'copyDesk.rule.doubled-punctuation': '“{found}”: a mark is set once, here “{replacement}”.',
    'copyDesk.rule.doubled-punctuation.mixed': '“{found}”: two marks in a row; keep the one the sentence needs.',
    'copyDesk.rule.fullwidth-digits-letters':
      'Full-width “{found}”: digits and Latin letters are half width (GB/T 15835), “{replacement}”.',
    'copyDesk.rule.stray-space': 'A space between Chinese characters: Chinese copy is set without spaces.',
    'copyDesk.rule.stray-space.title': 'The parts of a title are joined by one half-width space.',
    'copyDesk.rule.dateline-form.space-before': 'A space before the dateline: the label opens the lead line.',
    'copyDesk.rule.dateline-form.after-label': '“{found}” after the dateline: the layout puts one space before the lead by itself.',
    'copyDesk.rule.dateline-form.unreadable':
      '“{found}” does not read as a dateline: write it as 本报讯, 本报北京5月8日电 or the house style’s label.',
    'copyDesk.rule.dateline-form.in-lead':
      'The lead opens with a dateline, “{found}”: it belongs in the Dateline field, or it is printed twice.',
    'copyDesk.rule.dateline-form.gap': 'One half-width space stands between “{label}” and the lead.',
    'copyDesk.rule.byline-form.nobody': 'The byline names nobody: write the role and the name, e.g. 记者 李明.',
    'copyDesk.rule.byline-form.no-name': '“{found}” names nobody: write the name after the role.',
    'copyDesk.rule.byline-form.unread': '“{found}” is not read as a role, a name or a credit: write the byline as 记者 李明 通讯员 王芳.',
    'copyDesk.rule.length-target.headline': 'The headline has {n} characters (字数), over the house style’s target of {target}.',
    'copyDesk.rule.length-target.story': 'The story has {n} characters (字数), over the house style’s target of {target}.',
    'copyDesk.rule.typesetter-characters.emoji':
      'Emoji “{found}” ({codePoints}): the house style’s typesetting system takes {set} characters only. Remove it or write it in words.',
    'copyDesk.rule.typesetter-characters.character':
      '“{found}” ({codePoints}) is not in {set}: the house style’s typesetting system cannot take it. Use a common character or ask the desk to make it.',
    // GB/T 15835 numbers (wt-numbers)
    'copyDesk.rule.mixed-numerals':
      '“{found}” mixes Arabic and Chinese numerals in one number: write it in one form; only 万 and 亿 may follow Arabic digits (GB/T 15835—2011 5.3).',
    'copyDesk.rule.estimate-digits':
      '“{found}” is an estimate: two neighbouring numbers giving an estimate are written in Chinese numerals with no mark between them, “{replacement}” (GB/T 15835—2011 4.2.2, 5.2.1).',
    'copyDesk.rule.two-digit-year':
      '“{found}” gives the year in two digits: write the year in full, 2026年, not 26年 (GB/T 15835—2011 5.1.4).',
    'copyDesk.rule.percent-range':
      '“{found}”: each number of a percentage range keeps its % sign, “{replacement}” (GB/T 15835—2011 5.1.3).',
    'copyDesk.rule.number-style-mixed.date':
      'The date “{found}” is written unlike the story’s other dates (“{other}”): numbers of one kind take one form (GB/T 15835—2011 4.3).',
    'copyDesk.rule.number-style-mixed.count':
      '“{found}” is written unlike “{other}” in the story: numbers of one kind take one form (GB/T 15835—2011 4.3).',
    // GB/T 15834—2011 punctuation (wt-punct)
    'copyDesk.rule.ellipsis-form': '“{found}”: the ellipsis is written “……”, six dots in two character spaces (GB/T 15834—2011 4.11).',
    'copyDesk.rule.dash-form': '“{found}”: the dash is two em dashes, “——” (GB/T 15834—2011 4.10).',
    'copyDesk.rule.range-mark':
      '“{range}” is a range of numbers: it is joined by “{replacement}”, the house style’s range mark, not “{found}” (GB/T 15834—2011 4.13).',
    'copyDesk.rule.nested-quotes':
      'A quotation inside a quotation, or a title inside a title, takes the single marks {inner} (GB/T 15834—2011 {clause}): {replacement}',
    'copyDesk.rule.estimate-comma':
      '“{found}” is an estimate: neighbouring numerals take no enumeration comma (、), “{replacement}” (GB/T 15834—2011 4.5).',
    'copyDesk.rule.interpunct': '“{found}” between the parts of a name: the interpunct is “·” (GB/T 15834—2011 4.14).',
    // words and the desk's layout mistakes (issue 18)
    'copyDesk.rule.misused-word':
      '“{found}” is a common misused word (the built-in list, after 《咬文嚼字》’s lists of common 别字): write “{replacement}”.',
    'copyDesk.rule.house-word': '“{found}”: the house style “{style}” writes “{replacement}” (its word pairs).',
    'copyDesk.rule.never-use': '“{found}” is on the never-use list of the house style “{style}”: reword the sentence.',
    'copyDesk.rule.never-use.reason': '“{found}” is on the never-use list of the house style “{style}” ({reason}): reword the sentence.',
    'copyDesk.rule.de-di-de':
      '“{found}” before a degree word and an adjective: a complement of degree after a verb is joined with 得 (《现代汉语词典》, 得 de), “{replacement}”.',
    'copyDesk.rule.dateline-in-body.paragraph':
      'This paragraph opens with the dateline “{found}”: a dateline stands once, before the lead. Remove it, or make this paragraph a story of its own.',
    'copyDesk.rule.dateline-in-body.inside': '“{found}” inside the text: a dateline stands once, before the lead. Remove it.',
    'copyDesk.rule.byline-in-body.end':
      'The paragraph ends with the byline “{found}”, which the Byline field holds too: it would be printed twice.',
    'copyDesk.rule.byline-in-body.paragraph':
      'This paragraph is the byline “{found}”, which the Byline field holds too: delete the paragraph, or it is printed twice.',
  },
  'zh-CN': {
    'copyDesk.title': '校对',
    'copyDesk.none': '没有发现问题，稿件通过全部检查。',
    'copyDesk.summary': '错误 {errors} 处 · 提示 {warnings} 处',
    'copyDesk.badge': '校对：{summary}',
    'copyDesk.badge.clean': '无问题',
    'copyDesk.fix': '修正',
    'copyDesk.show': '定位',
    'copyDesk.fixTo': '修正为“{replacement}”',
    'copyDesk.fixRemove': '修正：删去',
    'copyDesk.ignore': '忽略',
    'copyDesk.moveLead': '移入电头栏和署名栏',
    'copyDesk.fixAll': '全部修正（{n}）',
    'copyDesk.fixAllDone': '已修正 {n} 处。在此处或字段中按 Ctrl+Z 可撤销。',
    'copyDesk.fixDone': '已修正。在此处或字段中按 Ctrl+Z 可撤销。',
    'copyDesk.undone': '已撤销修正。',
    'copyDesk.ignored': '本稿件在关闭应用前不再提示此处。',
    'copyDesk.severity.error': '错误',
    'copyDesk.severity.warning': '提示',
    'copyDesk.where.lead': '导语',
    'copyDesk.where.paragraph': '第{n}段',
    'copyDesk.where.subheading': '小标题{n}',
    'copyDesk.where.caption': '图片说明 {n}',
    'copyDesk.where.credit': '图片署名 {n}',
    'copyDesk.dock.all': '全部问题（{n}）',
    'copyDesk.dock.fewer': '只看第一条',
    'copyDesk.where.story': '全文',
    'copyDesk.rule.halfwidth-punctuation': '中文里用了半角“{found}”：中文标点应为全角（GB/T 15834），即“{replacement}”。',
    'copyDesk.rule.unpaired-mark.unclosed': '“{found}”没有配对的后一半标号。',
    'copyDesk.rule.unpaired-mark.unopened': '“{found}”前面缺少配对的前一半标号。',
    'copyDesk.rule.unpaired-mark.crossed': '“{found}”在“{other}”处仍未闭合：标号应逐层嵌套。',
    'copyDesk.rule.doubled-punctuation': '“{found}”：标点重复，应为“{replacement}”。',
    'copyDesk.rule.doubled-punctuation.mixed': '“{found}”：两个点号连用，请保留句子需要的一个。',
    'copyDesk.rule.fullwidth-digits-letters': '全角“{found}”：数字和拉丁字母应为半角（GB/T 15835），即“{replacement}”。',
    'copyDesk.rule.stray-space': '汉字之间有空格：中文稿件不加空格。',
    'copyDesk.rule.stray-space.title': '标题两部分之间用一个半角空格。',
    'copyDesk.rule.dateline-form.space-before': '电头前有空格：电头应位于导语行首。',
    'copyDesk.rule.dateline-form.after-label': '电头后的“{found}”多余：版式会自动在电头和导语之间加一个空格。',
    'copyDesk.rule.dateline-form.unreadable': '“{found}”不是电头的写法：应写作本报讯、本报北京5月8日电或版式规定的电头。',
    'copyDesk.rule.dateline-form.in-lead': '导语以电头“{found}”开头：电头应填在电头栏，否则会印两次。',
    'copyDesk.rule.dateline-form.gap': '“{label}”和导语之间应有一个半角空格。',
    'copyDesk.rule.byline-form.nobody': '署名没有写人名：请写明身份和姓名，如“记者 李明”。',
    'copyDesk.rule.byline-form.no-name': '“{found}”后面没有姓名：请在身份后写上姓名。',
    'copyDesk.rule.byline-form.unread': '无法识别“{found}”：署名应写作“记者 李明 通讯员 王芳”。',
    'copyDesk.rule.length-target.headline': '主题 {n} 字，超过版式建议的 {target} 字。',
    'copyDesk.rule.length-target.story': '全文 {n} 字，超过版式建议的 {target} 字。',
    'copyDesk.rule.typesetter-characters.emoji':
      '表情符号“{found}”（{codePoints}）：本版式的排版系统只收 {set} 字符，请删去或改用文字表述。',
    'copyDesk.rule.typesetter-characters.character':
      '“{found}”（{codePoints}）不在 {set} 字符集内，本版式的排版系统排不出。请改用常用字，或请编辑部造字。',
    // GB/T 15835 numbers (wt-numbers)
    'copyDesk.rule.mixed-numerals':
      '“{found}”在一个数里混用了阿拉伯数字和汉字数字，应统一写法；阿拉伯数字后只能接“万”“亿”（GB/T 15835—2011 5.3）。',
    'copyDesk.rule.estimate-digits':
      '“{found}”是概数：相邻两数连用表示概数，应使用汉字数字，中间不加顿号，即“{replacement}”（GB/T 15835—2011 4.2.2、5.2.1）。',
    'copyDesk.rule.two-digit-year': '“{found}”中的年份只写了两位：年份应写全，如“2026年”不写作“26年”（GB/T 15835—2011 5.1.4）。',
    'copyDesk.rule.percent-range': '“{found}”：表示百分数范围时，前一个数的百分号不能省略，应为“{replacement}”（GB/T 15835—2011 5.1.3）。',
    'copyDesk.rule.number-style-mixed.date':
      '日期“{found}”与本稿其他日期（如“{other}”）写法不一：同类数字应采用同一形式（GB/T 15835—2011 4.3）。',
    'copyDesk.rule.number-style-mixed.count': '“{found}”与本稿中的“{other}”写法不一：同类数字应采用同一形式（GB/T 15835—2011 4.3）。',
    // GB/T 15834—2011 punctuation (wt-punct)
    'copyDesk.rule.ellipsis-form': '“{found}”：省略号应写作“……”，六连点占两个字的位置（GB/T 15834—2011 第4.11条）。',
    'copyDesk.rule.dash-form': '“{found}”：破折号应写作“——”，占两个字的位置（GB/T 15834—2011 第4.10条）。',
    'copyDesk.rule.range-mark': '“{range}”表示数值范围，应按本版式用“{replacement}”连接，不用“{found}”（GB/T 15834—2011 第4.13条）。',
    'copyDesk.rule.nested-quotes':
      '引号里再用引号、书名号里再用书名号时，里面一层应改用{inner}（GB/T 15834—2011 第{clause}条），即{replacement}',
    'copyDesk.rule.estimate-comma': '“{found}”表示概数，相邻的两个数字连用不加顿号，应为“{replacement}”（GB/T 15834—2011 第4.5条）。',
    'copyDesk.rule.interpunct': '外国人名等各部分之间的“{found}”应为间隔号“·”（GB/T 15834—2011 第4.14条）。',
    // words and the desk's layout mistakes (issue 18)
    'copyDesk.rule.misused-word': '“{found}”是常见错别字（内置易错词表，据《咬文嚼字》常见别字表），应为“{replacement}”。',
    'copyDesk.rule.house-word': '“{found}”：版式“{style}”的用语规定写作“{replacement}”。',
    'copyDesk.rule.never-use': '“{found}”是版式“{style}”的禁用词，请换一种说法。',
    'copyDesk.rule.never-use.reason': '“{found}”是版式“{style}”的禁用词（{reason}），请换一种说法。',
    'copyDesk.rule.de-di-de':
      '“{found}”后面是程度副词加形容词，属程度补语，应用结构助词“得”（《现代汉语词典》“得”字条）：“{replacement}”。',
    'copyDesk.rule.dateline-in-body.paragraph': '此段以电头“{found}”开头：电头只在导语前出现一次。请删去，或将此段另立一篇稿件。',
    'copyDesk.rule.dateline-in-body.inside': '正文中出现“{found}”：电头只在导语前出现一次，请删去。',
    'copyDesk.rule.byline-in-body.end': '段末署名“{found}”与署名栏重复，会印两次。',
    'copyDesk.rule.byline-in-body.paragraph': '此段是署名“{found}”，与署名栏重复：请删去此段，否则会印两次。',
  },
} as const;
