-- One row per owner, platform and channel with at least one person: how much of it is mutual,
-- how often a first act is returned either way, and how long a return takes.
with per_channel as (
    select
        owner_key,
        platform,
        kind,
        count(*) as people,
        count(*) filter (where status = 'mutual') as mutual,
        count(*) filter (where status = 'given_only') as given_only,
        count(*) filter (where status = 'received_only') as received_only,
        count(*) filter (where initiator = 'me') as initiated_by_me,
        count(*) filter (where initiator = 'me' and status = 'mutual') as returned_to_me,
        count(*) filter (where initiator = 'them') as initiated_by_them,
        count(*) filter (where initiator = 'them' and status = 'mutual') as returned_by_me,
        quantile_cont(lag_days, 0.5) filter (where status = 'mutual') as median_lag_days,
        quantile_cont(lag_days, 0.9) filter (where status = 'mutual') as p90_lag_days
    from marts.reciprocity
    group by owner_key, platform, kind
)

select
    owner_key,
    platform,
    kind,
    people,
    mutual,
    given_only,
    received_only,
    mutual::double / nullif(people, 0) as dyad_reciprocity,
    2 * mutual::double / nullif(2 * mutual + given_only + received_only, 0) as edge_reciprocity,
    initiated_by_me,
    returned_to_me,
    returned_to_me::double / nullif(initiated_by_me, 0) as return_rate_to_me,
    initiated_by_them,
    returned_by_me,
    returned_by_me::double / nullif(initiated_by_them, 0) as return_rate_by_me,
    median_lag_days::double as median_lag_days,
    p90_lag_days::double as p90_lag_days
from per_channel
order by owner_key, platform, kind
