-- One row per real act between an owner and another person, once however often it was imported,
-- credited to the first archive that carried it. The staging models have already de-duplicated
-- each source by the identity the contract gives it.
with linkedin_acts as (
    select
        owner_key, 'linkedin' as platform, 'endorsement' as kind, direction, person_key,
        endorsed_at as occurred_at, skill_name as detail, false as is_group, archive_id
    from staging.linkedin_endorsements
    union all
    select
        owner_key, 'linkedin', 'recommendation', direction, person_key,
        created_at, null, false, archive_id
    from staging.linkedin_recommendations
    union all
    select
        owner_key, 'linkedin', 'message', direction, person_key,
        sent_at, conversation_id, is_group, archive_id
    from staging.linkedin_messages
    union all
    select
        owner_key, 'linkedin', 'invitation', direction, person_key,
        sent_at, null, false, archive_id
    from staging.linkedin_invitations
),

twitter_acts as (
    select
        owner_key, 'twitter' as platform, 'follow' as kind, direction, person_key,
        -- Follow lists carry no dates.
        null::timestamp as occurred_at, null as detail, false as is_group, archive_id
    from staging.twitter_current_follows
    union all
    select
        owner_key, 'twitter', 'dm', direction, person_key,
        created_at, conversation_id, is_group, archive_id
    from staging.twitter_dms
    -- What the owner sends to a group is no act towards anyone in particular.
    where not (is_group and direction = 'given')
    union all
    select
        owner_key, 'twitter', kind, 'given', person_key,
        occurred_at, tweet_id, false, archive_id
    from staging.twitter_tweet_acts
),

acts as (
    select * from linkedin_acts
    union all
    select * from twitter_acts
)

select
    owner_key::varchar as owner_key,
    platform::varchar as platform,
    kind::varchar as kind,
    direction::varchar as direction,
    person_key::varchar as person_key,
    occurred_at::timestamp as occurred_at,
    detail::varchar as detail,
    coalesce(is_group, false)::boolean as is_group,
    archive_id::varchar as archive_id
from acts
-- An act towards oneself (a self-reply, the owner in their own list) is no favour to anybody.
where person_key is distinct from owner_key
order by owner_key, platform, kind, occurred_at nulls first, direction, person_key, detail
