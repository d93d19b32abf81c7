/**
 * @module The cloud security explorer (ARCHITECTURE.md §5): a JSON query AST shaped like the reference
 * share links, an openCypher-subset text syntax compiling to it, an evaluator on the in-memory graph,
 * built-in templates, share links and result exports. docs/explorer.md describes the language.
 */
export * from './ast/index.js'
export { runQuery, parseQuery, resolveQuery, listTemplates, templateSummary, getTemplate } from './query-service.js'
export type { QueryInput, TemplateSummary } from './query-service.js'
export { runQueryAst, checkHopLimit } from './eval/run-query.js'
export type { MatchedEdge, QueryResult, QueryRow, QueryStats, ResultNode, RunOptions } from './eval/run-query.js'
export { DEFAULT_LIMITS, resolveLimits } from './query-limits.js'
export type { QueryLimits } from './query-limits.js'
export { QueryError, QUERY_ERROR_CODES, isQueryError, caretExcerpt } from './query-error.js'
export type { QueryErrorCode, QueryIssue, SourcePosition } from './query-error.js'
export { checkQuery, validateQuery, QUERY_BOUNDS } from './validate-query.js'
export type { QueryCheck } from './validate-query.js'
export { queryJsonSchema } from './query-schema.js'
export type { QueryInput as QueryJson } from './query-schema.js'
export { printQuery } from './text/print-query.js'
export { canonicalQueryJson, decodeShareLink, encodeShareLink } from './share-link.js'
export { CSV_COLUMNS, resultsToCsv, resultsToJson } from './export-results.js'
export type { ResultsJson } from './export-results.js'
export { BUILTIN_TEMPLATES, TEMPLATE_CATEGORIES, findTemplate } from './templates/index.js'
export type { QueryTemplate, TemplateCategory } from './templates/index.js'
