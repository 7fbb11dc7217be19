window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Data engineer @ Kvarn Data. Boring pipelines, DuckDB, fika. She/her. 🇸🇪🇨🇴",
        "website" : "https://t.co/Xq3LmN0pAs",
        "location" : "Malmö, Sverige"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1326719481/avatar.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/1326719481/1700000000"
    }
  }
]