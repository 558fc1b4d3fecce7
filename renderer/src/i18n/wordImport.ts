// Interface text of a Word file's import (the review's notice, the notes its tables, photos and comments go to), in English and Chinese.
export const wordImportMessages = {
  en: {
    'wordImport.oldWord':
      '“{name}” is an old Word (.doc) or WPS (.wps) file, which Bulletin Desk does not read. Open it in Word or WPS, choose Save As, save it as .docx and choose that file.',
    'wordImport.noticeLabel': 'What the Word file holds besides its paragraphs',
    'wordImport.tables_one': '{count} table: its text is in the notes of its story, not in the story text.',
    'wordImport.tables_other': '{count} tables: their text is in the notes of their stories, not in the story text.',
    'wordImport.photos_one': '{count} photo found, not imported yet (stories do not carry photos yet; keep the Word file): {photos}.',
    'wordImport.photos_other': '{count} photos found, not imported yet (stories do not carry photos yet; keep the Word file): {photos}.',
    'wordImport.photo': '{photo} ({type}, {size})',
    'wordImport.listSeparator': '; ',
    'wordImport.notes_one': '{count} footnote, endnote or comment: kept in the notes of its story.',
    'wordImport.notes_other': '{count} footnotes, endnotes or comments: kept in the notes of their stories.',
    'wordImport.headersFooters_one':
      'The file has {count} header or footer, which is not imported: if it holds text the story needs, copy it from Word.',
    'wordImport.headersFooters_other':
      'The file has {count} headers or footers, which are not imported: if they hold text the story needs, copy it from Word.',
    'wordImport.note.table': 'A table in the Word file “{name}”, kept here (not in the story text):\n{text}',
    'wordImport.note.image': 'A photo in the Word file “{name}”, not imported (stories do not carry photos yet): {photo}',
    'wordImport.note.footnote': 'A footnote in the Word file “{name}”:\n{text}',
    'wordImport.note.endnote': 'An endnote in the Word file “{name}”:\n{text}',
    'wordImport.note.comment': 'A comment by {author} in the Word file “{name}”:\n{text}',
    'wordImport.note.commentNoAuthor': 'A comment in the Word file “{name}”:\n{text}',
    'wordImport.note.headersFooters_one': 'The Word file “{name}” has {count} header or footer, not imported: check it in Word.',
    'wordImport.note.headersFooters_other': 'The Word file “{name}” has {count} headers or footers, not imported: check them in Word.',
  },
  'zh-CN': {
    'wordImport.oldWord':
      '“{name}”是旧版 Word（.doc）或 WPS（.wps）文件，简讯编辑台读不了。请在 Word 或 WPS 中打开，另存为 .docx，再选择另存的文件。',
    'wordImport.noticeLabel': 'Word 文件中段落以外的内容',
    'wordImport.tables_other': '{count} 个表格：表格文字已放进所在稿件的备注，没有放进正文。',
    'wordImport.photos_other': '找到 {count} 张图片，暂不导入（稿件还不能带图片，请保留原 Word 文件）：{photos}。',
    'wordImport.photo': '{photo}（{type}，{size}）',
    'wordImport.listSeparator': '；',
    'wordImport.notes_other': '{count} 条脚注、尾注或批注：已放进所在稿件的备注。',
    'wordImport.headersFooters_other': '文件有 {count} 个页眉或页脚，不会导入；如果里面有稿件需要的文字，请从 Word 中复制。',
    'wordImport.note.table': 'Word 文件“{name}”中的表格，保留在备注里（未放进正文）：\n{text}',
    'wordImport.note.image': 'Word 文件“{name}”中的图片，未导入（稿件还不能带图片）：{photo}',
    'wordImport.note.footnote': 'Word 文件“{name}”中的脚注：\n{text}',
    'wordImport.note.endnote': 'Word 文件“{name}”中的尾注：\n{text}',
    'wordImport.note.comment': 'Word 文件“{name}”中 {author} 的批注：\n{text}',
    'wordImport.note.commentNoAuthor': 'Word 文件“{name}”中的批注：\n{text}',
    'wordImport.note.headersFooters_other': 'Word 文件“{name}”有 {count} 个页眉或页脚，未导入，请在 Word 中查看。',
  },
} as const;
