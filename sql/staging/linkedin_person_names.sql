-- The names LinkedIn people go by, from every source that names them, ranked: the owner's profile,
-- then the connection list (the name as LinkedIn holds it), then messages, endorsements,
-- recommendations and invitations. Within a source the latest name wins.
with named as (
    select owner_key as person_key, full_name as display_name, 0 as source_rank, exported_at as seen_at
    from staging.linkedin_profiles
    union all
    select person_key, full_name, 1, exported_at
    from staging.linkedin_connections
    union all
    select person_key, person_name, 2, sent_at
    from staging.linkedin_messages
    union all
    -- Senders, the owner among them, sign every message with their name.
    select sender_key, sender_name, 2, sent_at
    from staging.linkedin_messages
    union all
    select person_key, person_name, 3, endorsed_at
    from staging.linkedin_endorsements
    union all
    select person_key, person_name, 4, created_at
    from staging.linkedin_recommendations
    union all
    select person_key, person_name, 5, sent_at
    from staging.linkedin_invitations
)

select person_key, display_name
from named
where person_key is not null and display_name is not null
qualify row_number() over (
    partition by person_key order by source_rank, seen_at desc nulls last, display_name
) = 1
