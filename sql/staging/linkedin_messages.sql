-- Messages as acts: a message the owner sent is one row per other recipient (given); a message the
-- owner received is one row with the sender (received). Drafts were never sent and are left out.
-- Identity: conversation id, date, sender, content and person.
with message_rows as (
    select
        messages.*,
        archives.owner_key,
        archives.archive_order,
        -- Which party columns this file has: the 2018-2020 files have names and a direction, the
        -- 2021 one adds the sender URL, later ones the recipient URLs too. A party without a URL
        -- in a file with URLs (LinkedIn Member, sponsored senders) is nobody we can name.
        bool_or(nullif(trim(messages.sender_profile_url), '') is not null)
            over per_file as file_has_sender_urls,
        bool_or(nullif(trim(messages.recipient_profile_urls), '') is not null)
            over per_file as file_has_recipient_urls
    from raw.linkedin_messages as messages
    inner join staging.archive_owners as archives using (archive_id)
    where not coalesce(messages.is_message_draft, false)
        and not coalesce(messages.is_conversation_draft, false)
    window per_file as (partition by messages.archive_id, messages.member)
),

named as (
    select
        *,
        normalised_name(from_name) as sender_name_norm,
        -- TO is never split: names hold commas. Without recipient URLs it is one party.
        normalised_name(to_names) as recipients_name_norm,
        coalesce(
            list_distinct(list_filter(
                list_transform(
                    string_split(recipient_profile_urls, ','), lambda url: linkedin_url_key(url)
                ),
                lambda key: key is not null
            )),
            []
        ) as recipient_url_keys
    from message_rows
),

keyed as (
    select
        named.*,
        linkedin_party_key(
            file_has_sender_urls, sender_profile_url, sender_slugs.slug, named.sender_name_norm
        ) as sender_key,
        case
            when file_has_recipient_urls then recipient_url_keys
            else list_filter(
                [linkedin_party_key(false, null, recipient_slugs.slug, named.recipients_name_norm)],
                lambda key: key is not null
            )
        end as recipient_keys
    from named
    left join staging.linkedin_name_slugs as sender_slugs
        on sender_slugs.owner_key = named.owner_key
        and sender_slugs.name_norm = named.sender_name_norm
    left join staging.linkedin_name_slugs as recipient_slugs
        on recipient_slugs.owner_key = named.owner_key
        and recipient_slugs.name_norm = named.recipients_name_norm
),

directed as (
    select
        *,
        case
            when upper(trim(direction)) = 'OUTGOING' then 'given'
            when upper(trim(direction)) = 'INCOMING' then 'received'
            when sender_key = owner_key then 'given'
            -- The export holds only the owner's conversations: what the owner did not send, the
            -- owner received.
            else 'received'
        end as act_direction,
        list_filter(recipient_keys, lambda key: key <> owner_key) as other_recipient_keys
    from keyed
),

given as (
    select
        *,
        unnest(
            -- A recipient without a URL is still someone the message went to.
            case when len(other_recipient_keys) = 0 then [null::varchar] else other_recipient_keys end
        ) as person_key,
        len(other_recipient_keys) > 1 as is_group,
        -- TO names the person only when the message went to one person.
        case when len(recipient_keys) = 1 then display_name(to_names) end as person_name
    from directed
    where act_direction = 'given'
        -- Every recipient the owner: a note to self.
        and not (len(recipient_keys) > 0 and len(other_recipient_keys) = 0)
),

received as (
    select
        *,
        sender_key as person_key,
        -- Other counterparties besides the sender; only URLs can tell them apart, so a file
        -- without recipient URLs shows no group.
        file_has_recipient_urls and len(list_filter(
            other_recipient_keys, lambda key: key is distinct from sender_key
        )) > 0 as is_group,
        display_name(from_name) as person_name
    from directed
    where act_direction = 'received'
),

acts as (
    select * from given
    union all by name
    select * from received
),

first_seen as (
    select *
    from acts
    qualify row_number() over (
        partition by
            owner_key,
            act_direction,
            conversation_id,
            sent_at,
            coalesce(sender_key, sender_name_norm),
            content,
            person_key
        order by archive_order, member, locator
    ) = 1
)

select
    owner_key,
    archive_id,
    act_direction as direction,
    person_key,
    person_name,
    is_group,
    conversation_id,
    nullif(trim(conversation_title), '') as conversation_title,
    sent_at,
    sender_key,
    display_name(from_name) as sender_name,
    content,
    nullif(trim(folder), '') as folder
from first_seen
