/**
 * The home page's hero (src/components/HomeHero.astro) as data, per locale: the simulator shown
 * (a picture of it mid-steal, from test/support/home-picture.mjs), the runtime mechanisms as entry
 * points and the roadmap's four stages. Links are from the locale's root, without the base path.
 */
import type { ImageMetadata } from 'astro';
import enLight from '../assets/home/scheduler-en-light.png';
import enDark from '../assets/home/scheduler-en-dark.png';
import zhLight from '../assets/home/scheduler-zh-cn-light.png';
import zhDark from '../assets/home/scheduler-zh-cn-dark.png';

export interface HomeHero {
  simulator: string;
  scenario: string;
  simulatorLink: string;
  picture: { light: ImageMetadata; dark: ImageMetadata };
  alt: string;
  caption: string;
  cta: string;
  mechanismsTitle: string;
  mechanisms: { href: string; title: string; kind: string; what: string }[];
  stagesTitle: string;
  stages: { name: string; scope: string }[];
}

export const home: Record<'en' | 'zh-cn', HomeHero> = {
  en: {
    simulator: 'GMP scheduler simulator',
    scenario: 'Work stealing',
    simulatorLink: 'simulators/gmp/?sim=gmp&sc=work-stealing',
    picture: { light: enLight, dark: enDark },
    alt: 'The GMP scheduler simulator mid-steal: P0 runs G13 with G8–G12 queued; idle P1 has taken G2–G7 from P0, runs G7 and queues G2–G6.',
    caption: 'P1 ran out of work, so it took half of P0’s local queue (runqsteal): G2–G7 moved over, G7 runs now.',
    cta: 'Step through it yourself',
    mechanismsTitle: 'Watch the runtime',
    mechanisms: [
      { href: 'simulators/gmp/', title: 'Scheduler (GMP)', kind: 'Simulator', what: 'run queues, work stealing, syscall hand-off, preemption' },
      { href: 'simulators/gc-marking/', title: 'Garbage collector', kind: 'Simulator', what: 'tri-colour marking and the write barrier; the pacer' },
      { href: 'simulators/spsc/', title: 'SPSC ring buffer', kind: 'Simulator', what: 'a lock-free ring, happens-before, a stale read' },
    ],
    stagesTitle: 'The roadmap: four stages',
    stages: [
      { name: 'Junior', scope: 'ships correct changes in a service' },
      { name: 'Mid', scope: 'owns one service end to end' },
      { name: 'Senior', scope: 'owns a system in production' },
      { name: 'Architect', scope: 'sets direction across teams' },
    ],
  },
  'zh-cn': {
    simulator: 'GMP 调度器模拟器',
    scenario: '工作窃取',
    simulatorLink: 'simulators/gmp/?sim=gmp&sc=work-stealing',
    picture: { light: zhLight, dark: zhDark },
    alt: 'GMP 调度器模拟器正在窃取：P0 运行 G13，队列里是 G8–G12；空闲的 P1 从 P0 拿走了 G2–G7，运行 G7，队列里是 G2–G6。',
    caption: 'P1 没活干了，就从 P0 的本地队列拿走一半（runqsteal）：G2–G7 搬了过来，G7 马上运行。',
    cta: '自己一步步看',
    mechanismsTitle: '看运行时如何工作',
    mechanisms: [
      { href: 'simulators/gmp/', title: '调度器（GMP）', kind: '模拟器', what: '运行队列、工作窃取、系统调用交接、抢占' },
      { href: 'simulators/gc-marking/', title: '垃圾回收器', kind: '模拟器', what: '三色标记与写屏障；GC 步调器' },
      { href: 'simulators/spsc/', title: 'SPSC 环形缓冲区', kind: '模拟器', what: '无锁环形缓冲区、happens-before、陈旧读取' },
    ],
    stagesTitle: '成长路线：四个阶段',
    stages: [
      { name: '初级', scope: '在现有服务里交付正确的改动' },
      { name: '中级', scope: '独立负责一个服务' },
      { name: '高级', scope: '对系统在线上的表现负责' },
      { name: '架构师', scope: '为多个团队确定技术方向' },
    ],
  },
};
