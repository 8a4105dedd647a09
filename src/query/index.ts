/** The query API: find actors, filter relations, summaries, paths, structure and patterns. Browser-safe. */
export { ACTOR_KINDS, findActors, resolveActor, resolveActors } from './find.js';
export type { ActorMatch, ActorRef, ActorSelector, FindActorsOptions, MatchLevel } from './find.js';
export { RELATION_KINDS, compareRecords, edgeDate, findRelations, toRelationRecord } from './relations.js';
export type { RelationFilter, RelationRecord } from './relations.js';
export { actorProfile, relationsBetween, timeline, topPairs } from './summaries.js';
export type { ActorLink, ActorProfile, Counterpart, PairCount, PairRelations, TimelineBucket, TimelineGranularity, TimelineOptions, TopPairsOptions } from './summaries.js';
export { allPaths, shortestPath } from './paths.js';
export type { ActorPath, AllPathsOptions, PathHop, PathOptions } from './paths.js';
export { aggregate, communities, degreeRanking, egoNetwork, pagerankRanking } from './structure.js';
export type {
  AggregatedEdgeAttributes, AggregatedGraph, Community, CommunityOptions, CommunityResult, DegreeRank, EgoOptions, PagerankRank,
  RankingOptions, StructureOptions,
} from './structure.js';
export { matchPattern, matchRelations, parsePattern, tokenizePattern } from './pattern.js';
export type { EdgePattern, MatchOptions, NameTerm, NodePattern, Pattern, PatternDirection, PatternMatch, PatternToken } from './pattern.js';
export { AmbiguousActorError, PatternError, QueryOptionError, UnknownActorError } from './errors.js';
export { normalizeText } from './text.js';
