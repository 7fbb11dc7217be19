-- One row per owner, channel and identified person: how often each side gave, when first and
-- last, whether it is mutual, who started it and how long the other took to answer. Group acts
-- and unidentified people do not count: they are no favour between two people.
with countable as (
    select *
    from marts.interactions
    where kind in ('endorsement', 'recommendation', 'message', 'follow', 'dm')
        and person_key is not null
        and not is_group
),

counted as (
    select
        owner_key,
        platform,
        kind,
        person_key,
        count(*) filter (where direction = 'given') as given_count,
        count(*) filter (where direction = 'received') as received_count,
        min(occurred_at) filter (where direction = 'given') as first_given_at,
        min(occurred_at) filter (where direction = 'received') as first_received_at,
        max(occurred_at) filter (where direction = 'given') as last_given_at,
        max(occurred_at) filter (where direction = 'received') as last_received_at
    from countable
    group by owner_key, platform, kind, person_key
),

classified as (
    select
        *,
        case
            when given_count > 0 and received_count > 0 then 'mutual'
            when given_count > 0 then 'given_only'
            else 'received_only'
        end as status,
        case
            when received_count = 0 then 'me'
            when given_count = 0 then 'them'
            when first_given_at is null or first_received_at is null then 'unknown'
            when first_given_at < first_received_at then 'me'
            when first_given_at > first_received_at then 'them'
            else 'simultaneous'
        end as initiator
    from counted
)

select
    owner_key,
    platform,
    kind,
    person_key,
    given_count,
    received_count,
    first_given_at,
    first_received_at,
    last_given_at,
    last_received_at,
    status,
    initiator,
    case
        when status = 'mutual' and first_given_at is not null and first_received_at is not null
            then abs(date_diff('microsecond', first_given_at, first_received_at))::double
                / 86400000000
    end::double as lag_days
from classified
order by owner_key, platform, kind, person_key
