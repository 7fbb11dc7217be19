-- Does giving first bring a return? Per owner and kind, the people the owner approached first
-- (treated) against a baseline of people the owner never approached that way, and how many of
-- each group returned the favour.
--
-- LinkedIn endorsement, recommendation, message: treated = people of the channel with initiator
-- `me`, returned when mutual; baseline = connections of the latest snapshot the owner never gave
-- that kind to, returned when they gave it to the owner.
-- Twitter engagement_followback: treated = people the owner replied to, retweeted, mentioned or
-- quoted; baseline = people the owner follows without any such act; returned = they follow the
-- owner (latest snapshot).
with linkedin_kinds as (
    select unnest(['endorsement', 'recommendation', 'message']) as kind
),

linkedin_treated as (
    select owner_key, platform, kind, 'treated' as arm, status = 'mutual' as returned
    from marts.reciprocity
    where platform = 'linkedin'
        and kind in (select kind from linkedin_kinds)
        and initiator = 'me'
),

network as (
    select distinct owner_key, person_key
    from staging.linkedin_connections
    where is_latest_snapshot
),

linkedin_baseline as (
    select
        network.owner_key,
        'linkedin' as platform,
        linkedin_kinds.kind,
        'baseline' as arm,
        coalesce(channel.received_count, 0) > 0 as returned
    from network
    cross join linkedin_kinds
    left join marts.reciprocity as channel
        on channel.owner_key = network.owner_key
        and channel.kind = linkedin_kinds.kind
        and channel.person_key = network.person_key
    where coalesce(channel.given_count, 0) = 0
),

followers as (
    select distinct owner_key, person_key
    from marts.interactions
    where platform = 'twitter' and kind = 'follow' and direction = 'received'
),

engaged as (
    select distinct owner_key, person_key
    from marts.interactions
    where platform = 'twitter'
        and kind in ('reply', 'retweet', 'mention', 'quote')
        and direction = 'given'
        and person_key is not null
),

followed_only as (
    select distinct owner_key, person_key
    from marts.interactions
    where platform = 'twitter' and kind = 'follow' and direction = 'given'
    except
    select owner_key, person_key
    from engaged
),

twitter_arms as (
    select owner_key, 'treated' as arm, person_key from engaged
    union all
    select owner_key, 'baseline' as arm, person_key from followed_only
),

twitter_groups as (
    select
        arms.owner_key,
        'twitter' as platform,
        'engagement_followback' as kind,
        arms.arm,
        followers.person_key is not null as returned
    from twitter_arms as arms
    left join followers using (owner_key, person_key)
),

arms as (
    select * from linkedin_treated
    union all
    select * from linkedin_baseline
    union all
    select * from twitter_groups
),

counted as (
    select
        owner_key,
        platform,
        kind,
        count(*) filter (where arm = 'treated') as treated,
        count(*) filter (where arm = 'treated' and returned) as treated_returned,
        count(*) filter (where arm = 'baseline') as baseline,
        count(*) filter (where arm = 'baseline' and returned) as baseline_returned
    from arms
    group by owner_key, platform, kind
),

rated as (
    select
        *,
        treated_returned::double / nullif(treated, 0) as treated_rate,
        baseline_returned::double / nullif(baseline, 0) as baseline_rate
    from counted
)

select
    owner_key,
    platform,
    kind,
    treated,
    treated_returned,
    treated_rate,
    baseline,
    baseline_returned,
    baseline_rate,
    treated_rate / nullif(baseline_rate, 0) as lift
from rated
-- Nobody approached first: nothing to measure.
where treated > 0
order by owner_key, platform, kind
