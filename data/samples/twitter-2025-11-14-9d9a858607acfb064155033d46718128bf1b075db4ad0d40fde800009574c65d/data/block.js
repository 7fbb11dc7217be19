window.YTD.block.part0 = [
  {
    "blocking" : {
      "accountId" : "1745003312987654144",
      "userLink" : "https://twitter.com/intent/user?user_id=1745003312987654144"
    }
  }
]