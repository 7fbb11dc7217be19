-- Open favours, newest first: someone gave and the owner never returned it (`return_favor`), or
-- the owner gave and nothing came back (`awaiting_return`).
with open_favours as (
    select
        owner_key,
        platform,
        kind,
        person_key,
        case when status = 'received_only' then 'return_favor' else 'awaiting_return' end as action,
        case when status = 'received_only' then first_received_at else first_given_at end as since,
        case when status = 'received_only' then received_count else given_count end as acts
    from marts.reciprocity
    where status in ('received_only', 'given_only')
)

select
    favours.owner_key,
    favours.platform,
    favours.kind,
    favours.person_key,
    people.display_name,
    favours.action,
    favours.since,
    favours.acts
from open_favours as favours
left join marts.people as people using (person_key)
order by favours.since desc nulls last, favours.owner_key, favours.kind, favours.person_key
