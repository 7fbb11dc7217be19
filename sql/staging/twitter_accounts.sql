-- The account of each Twitter archive: the owner's id, screen name and display name at export.
with account_rows as (
    select
        archives.owner_key,
        archives.archive_id,
        archives.archive_order,
        archives.exported_at,
        archives.is_latest,
        twitter_id(account.account_id) as account_id,
        nullif(trim(account.username), '') as username,
        display_name(account.display_name) as display_name,
        account.created_at,
        account.member,
        account.locator
    from raw.twitter_account as account
    inner join staging.archive_owners as archives using (archive_id)
)

select
    owner_key,
    archive_id,
    archive_order,
    exported_at,
    is_latest,
    account_id,
    username,
    display_name,
    created_at
from account_rows
where account_id is not null
qualify row_number() over (partition by archive_id order by member, locator) = 1
