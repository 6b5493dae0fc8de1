import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { toGraphNode, type RawNode } from '../node/graph-node.js';
import { PageArgs, toConnection, toPage, type Connection } from '../pagination/connection.js';
import { dateBound } from '../date-range.js';
import type { Evidence } from '../statement/statement.type.js';
import { idOfType } from './graph-elements.js';
import { TIMELINE } from './timeline.cypher.js';
import { TimelineItemConnection, TimelineOrder, TimelineRole, type TimelineItem } from './timeline.type.js';

interface TimelineRow {
  id: string | null;
  total: number;
  items: { role: TimelineRole; date: string; subject: RawNode; article: RawNode | null; evidence: Evidence | null }[];
}

@Resolver()
export class TimelineResolver {
  @Query(() => TimelineItemConnection, {
    nullable: true,
    description: 'What an entity said, what was said about it and the events it took part in, in date order, each with its report. Works for topics and events too (statements about them). Null when no entity, topic or event has the id.',
  })
  async timeline(
    @Arg('id', () => ID, { description: 'Global id of a person, organization, place, topic or event, e.g. organization:kremlin.' }) id: string,
    @Arg('from', () => String, { nullable: true, description: 'On or after this date: YYYY, YYYY-MM or YYYY-MM-DD.' }) from: string | undefined,
    @Arg('to', () => String, { nullable: true, description: 'On or before this date (the whole month or year for YYYY-MM, YYYY).' }) to: string | undefined,
    @Arg('orderBy', () => TimelineOrder, { nullable: true, description: 'Default OLDEST_FIRST.' }) orderBy: TimelineOrder | undefined,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<TimelineItem> | null> {
    const page = toPage(args, ctx.config.maxPageSize);
    const params = {
      id,
      from: dateBound(from, 'from'),
      to: dateBound(to, 'to'),
      order: orderBy === TimelineOrder.NEWEST_FIRST ? 'DESC' : 'ASC',
      skip: page.skip,
      limit: page.first + 1,
    };
    if (!idOfType(id, ['Person', 'Organization', 'Place', 'Topic', 'Event'])) return null;
    const [row] = await ctx.executor.read<TimelineRow>(TIMELINE, params);
    if (!row?.id) return null;
    const items = row.items.map((item): TimelineItem => {
      const subject = toGraphNode(item.subject);
      const article = item.article ? toGraphNode(item.article) : null;
      return {
        date: item.date,
        role: item.role,
        statement: subject.__typename === 'Statement' ? subject : null,
        event: subject.__typename === 'Event' ? subject : null,
        article,
        evidence: item.evidence,
      };
    });
    const total = Number(row.total);
    return toConnection(items, page, async () => total);
  }
}
