-- The owner of one LinkedIn archive ($archive_id), by the contract's rules in order: the inviter of
-- OUTGOING invitations; else the slug present in the most conversations of the messages; else the
-- name in the profile.
with outgoing_inviters as (
    select linkedin_slug(inviter_profile_url) as slug
    from raw.linkedin_invitations
    where archive_id = $archive_id and upper(trim(direction)) = 'OUTGOING'
),

inviter_candidates as (
    select 1 as rule, 'linkedin:' || slug as owner_key, count(*) as weight, 0 as tie_break
    from outgoing_inviters
    where slug is not null
    group by slug
),

message_parties as (
    select conversation_id, linkedin_slug(sender_profile_url) as slug
    from raw.linkedin_messages
    where archive_id = $archive_id
    union all
    select conversation_id, linkedin_slug(unnest(string_split(recipient_profile_urls, ','))) as slug
    from raw.linkedin_messages
    where archive_id = $archive_id
),

message_candidates as (
    -- Ties on conversations go to the slug seen in more messages.
    select
        2 as rule,
        'linkedin:' || slug as owner_key,
        count(distinct conversation_id) as weight,
        count(*) as tie_break
    from message_parties
    where slug is not null
    group by slug
),

profile_candidates as (
    select 3 as rule, 'linkedin:name:' || name as owner_key, 0 as weight, 0 as tie_break
    from (
        select linkedin_name(first_name, last_name) as name
        from raw.linkedin_profile
        where archive_id = $archive_id
    )
    where name is not null
),

candidates as (
    select * from inviter_candidates
    union all
    select * from message_candidates
    union all
    select * from profile_candidates
)

select owner_key
from candidates
order by rule, weight desc, tie_break desc, owner_key
limit 1
