-- Acts per owner, platform, kind and week (Monday), given and received. Acts without a time
-- (follows) have no week.
select
    owner_key,
    platform,
    kind,
    date_trunc('week', occurred_at)::timestamp as week,
    count(*) filter (where direction = 'given') as given,
    count(*) filter (where direction = 'received') as received
from marts.interactions
where occurred_at is not null
group by owner_key, platform, kind, week
order by owner_key, platform, kind, week
