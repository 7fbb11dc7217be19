-- Direct messages, each once (by message id), with the owner's side: `given` when the owner sent
-- it, else `received`. The person is the other participant of a 1:1 conversation, or the sender of
-- a group message. Membership and reaction events are not messages.
with message_rows as (
    select
        messages.*,
        archives.owner_key,
        archives.owner_account_id,
        archives.archive_order
    from raw.twitter_direct_messages as messages
    inner join staging.archive_owners as archives using (archive_id)
    where messages.event_type = 'messageCreate' and nullif(trim(messages.message_id), '') is not null
),

first_seen as (
    select *
    from message_rows
    qualify row_number() over (
        partition by owner_key, trim(message_id) order by archive_order, member, locator
    ) = 1
),

directed as (
    select
        *,
        -- Group files carry no recipient, and a 1:1 conversation id is `<id>-<id>`.
        coalesce(is_group, recipient_id is null and conversation_id not like '%-%')
            as in_group,
        case when sender_id = owner_account_id then 'given' else 'received' end as direction,
        list_filter(string_split(conversation_id, '-'), lambda id: id <> owner_account_id)[1]
            as other_in_conversation
    from first_seen
)

select
    owner_key,
    archive_id,
    trim(message_id) as message_id,
    conversation_id,
    in_group as is_group,
    direction,
    case
        when direction = 'received' then twitter_id_key(sender_id)
        when not in_group then twitter_id_key(coalesce(recipient_id, other_in_conversation))
    end as person_key,
    sender_id,
    recipient_id,
    created_at
from directed
