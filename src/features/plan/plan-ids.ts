/** DOM ids the plan screen moves focus to. Plan item keys are stable, so their ids are too. */
export const LIBRARY_TITLE_ID = 'plan-library-title'
export const LIBRARY_SEARCH_ID = 'plan-library-search'
export const PLAN_EMPTY_ID = 'plan-empty'

export const itemIds = (key: string) => ({
  link: `plan-item-${key}-link`,
  up: `plan-item-${key}-up`,
  down: `plan-item-${key}-down`,
  swap: `plan-item-${key}-swap`,
  dose: `plan-item-${key}-dose`,
  editor: `plan-item-${key}-editor`,
  editorTitle: `plan-item-${key}-editor-title`,
  panel: `plan-item-${key}-swaps`,
  panelTitle: `plan-item-${key}-swaps-title`,
})
