// The site's sections (DESIGN.md › Content). Labels are translated; pages come from the folders.
const group = (label, zh, directory) => ({
  label,
  translations: { 'zh-CN': zh },
  items: [{ autogenerate: { directory } }],
});

export const sidebar = [
  group('Roadmap', '成长路线', 'roadmap'),
  group('Career tracks', '职业方向', 'tracks'),
  group('Runtime', '运行时', 'runtime'),
  group('Simulators', '模拟器', 'simulators'),
  group('Tools', '工具', 'tools'),
  { label: 'Sources', translations: { 'zh-CN': '参考资料' }, items: [{ slug: 'sources' }] },
];
