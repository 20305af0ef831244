/** Where the dataset's facts come from. Every exercise names at least one of these. */
export interface Source {
  title: string
  publisher: string
  /** Public address, where there is one to give. */
  url?: string
  note?: string
}

export const SOURCES = {
  article: {
    title: 'Back pain cause while working out',
    publisher: 'A spine clinic’s blog post (the source article), as corrected by the Spotter content brief',
    note: 'Ten exercises that may cause lower-back pain. Errors corrected; the advert and drug spam dropped.',
  },
  'mcgill-low-back-disorders': {
    title: 'Low Back Disorders: Evidence-Based Prevention and Rehabilitation',
    publisher: 'Stuart McGill, Human Kinetics',
    note: 'Spine loads in the superman (about 6,000 N); the bird dog as its replacement.',
  },
  'mcgill-karpowicz-2009': {
    title:
      'Exercises for spine stabilization: motion/motor patterns, stability progressions, and clinical technique',
    publisher: 'McGill S, Karpowicz A. Archives of Physical Medicine and Rehabilitation, 2009',
    url: 'https://doi.org/10.1016/j.apmr.2008.06.026',
    note: 'The curl-up, side plank and bird dog, with short holds.',
  },
  'pallof-press': {
    title: 'Pallof press (named after physical therapist John Pallof)',
    publisher: 'Spotter content brief, correcting the source article’s how-to',
    note: 'An anti-rotation press: the trunk resists turning.',
  },
  'nhs-back-pain': {
    title: 'Back pain',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/conditions/back-pain/',
    note: 'Stay active; when to get medical help.',
  },
  'mayo-back-pain': {
    title: 'Back pain: when to see a doctor',
    publisher: 'Mayo Clinic',
    url: 'https://www.mayoclinic.org/diseases-conditions/back-pain/symptoms-causes/syc-20369906',
  },
  'cochrane-stretching-2011': {
    title: 'Stretching to prevent or reduce muscle soreness after exercise',
    publisher: 'Herbert RD, de Noronha M, Kamper SJ. Cochrane Database of Systematic Reviews, 2011',
    url: 'https://doi.org/10.1002/14651858.CD004577.pub3',
  },
} satisfies Record<string, Source>

export type SourceId = keyof typeof SOURCES
