-- The owner of one Twitter archive ($archive_id): the account id of account.js (G0: user_details.js).
select twitter_id_key(account_id) as owner_key
from raw.twitter_account
where archive_id = $archive_id and twitter_id(account_id) is not null
order by member, locator
limit 1
