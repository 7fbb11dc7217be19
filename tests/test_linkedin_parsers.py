"""The LinkedIn parser against every real sample, and against files built here, one quirk each.

The real samples are copied under their original paths (`__` in a sample's name stands for `/`),
into a folder named after the repository they came from, and parsed as one archive per
repository, the way a user's unpacked export would be.
"""

from __future__ import annotations

import codecs
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import LINKEDIN_SAMPLES
from transforms import csvfiles, linkedin
from transforms.archive import FolderArchive, Limits
from transforms.csvfiles import read_csv
from transforms.linkedin import (
    clean_message_content,
    clean_share_commentary,
    export_date_from_name,
    is_known_unused,
    parse,
    table_for,
)
from transforms.result import ArchiveError, ParseResult
from transforms.schemas import LINKEDIN

MANIFEST: dict[str, str] = {
    entry["file"]: entry["path"]
    for entry in json.loads((LINKEDIN_SAMPLES / "manifest.json").read_text(encoding="utf-8"))
}
PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses are '
    "missing. You will only see email addresses for connections who have allowed their "
    "connections to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    'https://www.linkedin.com/help/linkedin/answer/261"\n\n'
)
MESSAGES_10 = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
    "DATE,SUBJECT,CONTENT,FOLDER"
)


@dataclass(frozen=True)
class Loaded:
    """A sample that loads into `table`: its row count, some exact values, its rejects."""

    table: str
    rows: int
    values: dict[int, dict[str, object]] = field(default_factory=dict)
    rejects: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Unused:
    """A sample recognised but not loaded; still read with the shared CSV reader."""

    records: int  # non-blank records, header included
    first: tuple[str, ...]


def ts(text: str) -> datetime:
    return datetime.fromisoformat(text)


SAMPLES: dict[str, Loaded | Unused] = {
    # --- Jun 2024: spreadsheet-resaved Connections, 10-column messages, Shares quirk ---------
    "SStellaMary__LinkedIn-Analysis/Connections.csv": Loaded(
        "linkedin_connections",
        3,
        {
            0: {
                "locator": "2",
                "first_name": "Kpaxaijj",
                "last_name": "Cinlo",
                "profile_url": "https://www.linkedin.com/in/kpaxaijj-cinlo-11g6632z4",
                "email_address": None,
                "company": None,
                "position": None,
                "connected_on": ts("2024-06-18"),
            },
            1: {"company": "Neutara Technologies", "position": "Java Software Engineer"},
        },
    ),
    "SStellaMary__LinkedIn-Analysis/Invitations.csv": Loaded(
        "linkedin_invitations",
        3,
        {
            0: {
                "from_name": "Ztcvkf Wohy",
                "to_name": "Dgfzeja Qexjb",
                "sent_at": ts("2024-06-14 05:57"),
                "message": None,
                "direction": "OUTGOING",
                "inviter_profile_url": "https://www.linkedin.com/in/ellexyvuskaba",
                "invitee_profile_url": "https://www.linkedin.com/in/dgfzeja-qexjb-arryrlp",
                "inviter_profile_urn": None,
            },
            2: {"sent_at": ts("2024-05-30 11:32"), "to_name": "Odzjtuo Msknjo"},
        },
    ),
    "SStellaMary__LinkedIn-Analysis/Reactions.csv": Loaded(
        "linkedin_reactions",
        6,
        {
            0: {
                "reacted_at": ts("2024-06-17 06:01:43"),
                "reaction_type": "LIKE",
                "link": "https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A7204438932506222592",
            },
            2: {"reaction_type": "INTEREST", "locator": "4"},
        },
    ),
    "SStellaMary__LinkedIn-Analysis/Recommendations_Received.csv": Loaded(
        "linkedin_recommendations_received",
        1,
        {
            0: {
                "first_name": "Zteqp",
                "last_name": "Poiurk",
                "company": "MedTourEasy",
                "job_title": "Training Head",
                "text": "Ztcvkf hj llbsxhbnu hvdgmtcc, xiozcwyedtd joq h fbim iursiik. Xcj hj "
                "rymhtvkjpik apubnb rq edqscyvmmb enm earwfikif joq vbvpib fm vfep ld ttovzhu. "
                "Csljqiq mqp wwevm thaxjio in cljd.",
                "created_at": ts("2023-12-24 05:28"),
                "status": "VISIBLE",
            }
        },
    ),
    "SStellaMary__LinkedIn-Analysis/Shares.csv": Loaded(
        "linkedin_shares",
        2,
        {
            0: {
                "locator": "2",
                "shared_at": ts("2024-06-11 09:51:14"),
                "share_link": "https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A7206231495840026624",
                "commentary": "🎉 Exciting News! 🎉 From Hard Work to Success Journey\n\n"
                "I am thrilled to announce that I have secured a position as a Power BI "
                "Developer at Meesh Consulting!\n\n"
                "This journey has been challenging yet incredibly rewarding. I am passionate "
                "about my job and cannot wait to contribute to the amazing work. Here’s to new "
                "beginnings and endless possibilities!\n\n"
                "#job #newjob #opentowork #powerbi #dataanalyst #linkedin",
                "shared_url": None,
                "media_url": None,
                "visibility": "MEMBER_NETWORK",
            },
            1: {"locator": "9", "shared_at": ts("2024-06-10 14:37:29")},
        },
    ),
    "SStellaMary__LinkedIn-Analysis/messages.csv": Loaded(
        "linkedin_messages",
        3,
        {
            0: {
                "conversation_id": "2-Mjk1NGUzMGQtNjFiMS00YjFhLWFjOTktYWVkMjJiODIxOGExXzAxMA==",
                "conversation_title": None,
                "from_name": "Ztcvkf Wohy",
                "sender_profile_url": "https://www.linkedin.com/in/ellexyvuskaba",
                "to_names": "Eeqsp Oketa",
                "recipient_profile_urls": "https://www.linkedin.com/in/eeqsp-oketa-7c7299488",
                "sent_at": ts("2024-06-18 11:59:53"),
                "subject": None,
                "content": "Axi J zvll enm tlqnldc wkfk?",
                "folder": "INBOX",
                "is_message_draft": None,
                "attachments": None,
            },
            1: {"content": "Fblc mnvflzp imdqlq ", "from_name": "Eeqsp Oketa"},
        },
    ),
    # --- Oct 2024: 12-column messages with draft flags; names holding commas -----------------
    "UsernameTron__Linkedin-Chatbot/MY Data__Invitations.csv": Loaded(
        "linkedin_invitations",
        3,
        {
            0: {
                "member": "MY Data/Invitations.csv",
                "from_name": "X. Rpaz Cfxgom JQ, XQOY",
                "to_name": "Xrfh Zrvgyy, JQ-EDA",
                "sent_at": ts("2024-10-24 17:05"),
                "inviter_profile_url": "https://www.linkedin.com/in/nyeuxqlxnrq",
            }
        },
    ),
    "UsernameTron__Linkedin-Chatbot/MY Data__messages.csv": Loaded(
        "linkedin_messages",
        4,
        {
            0: {
                "member": "MY Data/messages.csv",
                "from_name": "Xgsgaec Tztyuzxmm",
                "to_names": "X. Rpaz Cfxgom JQ, XQOY",
                "sent_at": ts("2024-10-24 23:54:20"),
                "content": "Tbapptp dgp kghce fiigr ovawqr hkqn hjgvpcx mawn mnehjatl mawn h "
                "koew wkfk ghqo lmwn 😅",
                "is_message_draft": False,
                "is_conversation_draft": False,
            },
            2: {
                "from_name": "X. Rpaz Cfxgom JQ, XQOY",
                "content": "Ubfrvta pdjzud joq xzwjsdnnw dgp.  Mf dgp tceo rq uasnxf tbp "
                "zwaenvi iazegggoee, pjft ganat yj vbrivig.   J fdoxt pjft'v h parp cximkrxke "
                "srsqvfm.",
            },
        },
    ),
    # --- Nov 2018 Complete export: no preamble, no URLs, UTF-16 files, an article -----------
    "abhishekwebcode__Abhishek-Mathur-Complete_LinkedInDataExport_11-04-2018/"
    "Account Status History.csv": Unused(2, ("Time", "Event")),
    "abhishekwebcode__Abhishek-Mathur-Complete_LinkedInDataExport_11-04-2018/"
    "Articles__2017-12-09 04:54:08.html": Loaded(
        "linkedin_articles",
        1,
        {
            0: {
                "member": "Articles/2017-12-09 04:54:08.html",
                "locator": "1",
                "title": "Untitled",
                "url": None,  # a draft links to the editor, not to a published pulse page
                "created_at": ts("2017-12-09 04:54"),
                "published_at": None,
                "text": "hjnjkbh",
            }
        },
    ),
    "abhishekwebcode__Abhishek-Mathur-Complete_LinkedInDataExport_11-04-2018/Connections.csv": (
        Loaded(
            "linkedin_connections",
            6,
            {
                0: {
                    "locator": "2",
                    "first_name": "Wzhdj",
                    "last_name": "Fgwfl",
                    "profile_url": None,
                    "email_address": "wzhdj.fgwfl@fzjbaeuxb.dk",
                    "company": "ApproveIT",
                    "position": "Owner",
                    "connected_on": ts("2018-01-08 18:14"),
                },
                5: {"first_name": "Awsnhas", "connected_on": ts("2017-11-19 21:22")},
            },
        )
    ),
    "abhishekwebcode__Abhishek-Mathur-Complete_LinkedInDataExport_11-04-2018/Invitations.csv": (
        Loaded(
            "linkedin_invitations",
            11,
            {
                2: {
                    "message": "sp j rp hrzyelch nrjhdx mmef 0tg akaa ",
                    "sent_at": ts("2018-08-13 03:27"),
                    "inviter_profile_url": None,
                    "inviter_profile_urn": None,
                },
                8: {
                    "from_name": "Zinnễa Quâa Vríne",
                    "to_name": "Hrzyelch Nrjhdx",
                    "direction": "INCOMING",
                    "sent_at": ts("2018-07-28 05:56"),
                },
                10: {"from_name": "Wpxgli D .  Qwze", "locator": "12"},
            },
        )
    ),
    "abhishekwebcode__Abhishek-Mathur-Complete_LinkedInDataExport_11-04-2018/Messages.csv": (
        Loaded(
            "linkedin_messages",
            3,
            {
                0: {
                    "conversation_id": None,
                    "from_name": "Gbalwj mmef",
                    "to_names": "Hrzyelch Nrjhdx",
                    "sent_at": ts("2018-10-16 08:36"),
                    "subject": "Aedrma tbp vdnso nl hyewpe member",
                    "direction": "INCOMING",
                    "folder": "INBOX",
                },
                2: {
                    "sent_at": ts("2018-06-19 05:54"),
                    "subject": "QR: Cjbaac Ppn Qpdmwgyti bjuyu in Qdfxy - Deb dgp sffzytzzmx?",
                    "content": "Dc vdjqsfklz in enm vzdiixjk dudfnbo, mf dgp deb sffzytzzmx "
                    "ilsfjg fblc ga nl ct rq mvkx KG, joq fwwb in enm oodv xpbjxzmk joq fblc "
                    "pjft syro fgg.",
                },
            },
        )
    ),
    "abhishekwebcode__Abhishek-Mathur-Complete_LinkedInDataExport_11-04-2018/Projects.csv": (
        Loaded(
            "linkedin_projects",
            1,
            {
                0: {
                    "title": "All Social",
                    "description": "Allows you to share to multiple platforms at a time.",
                    "url": "http://allsocial.gear.host/index.php/main",
                    "started_on": "Aug 2016",
                    "finished_on": None,
                }
            },
        )
    ),
    "abhishekwebcode__Abhishek-Mathur-Complete_LinkedInDataExport_11-04-2018/Shares.csv": Loaded(
        "linkedin_shares",
        4,
        {
            0: {
                "locator": "2",
                "shared_at": ts("2017-06-08 08:15:44"),
                "share_link": "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6278494528462786560",
                "commentary": None,
                "shared_url": None,
                "visibility": "Connections",
            },
            1: {
                "commentary": "Iif",
                "visibility": "Public",
                "shared_at": ts("2016-08-25 17:41:57"),
            },
        },
    ),
    "abhishekwebcode__Abhishek-Mathur-Complete_LinkedInDataExport_11-04-2018/Skills.csv": Loaded(
        "linkedin_skills", 5, {0: {"name": "HTML"}, 4: {"name": "JavaScript Libraries"}}
    ),
    # --- Mar 2024: CRLF activity files, doubled quotes, backslash, InMail HTML --------------
    "apk0703__linkdin_profile_analysis/Comments.csv": Loaded(
        "linkedin_comments",
        15,
        {
            0: {
                "commented_at": ts("2024-03-17 18:03:34"),
                "link": "https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A7171771292235231232",
                "message": "Congrats Aman",
            },
            3: {"message": "Thanks "},
            11: {
                "locator": "13",
                "message": "Select count(empId) as empcount from EmployeeSalary "
                'where Project= "P1"',
            },
        },
    ),
    "apk0703__linkdin_profile_analysis/Connections.csv": Loaded(
        "linkedin_connections",
        3,
        {
            0: {
                "locator": "5",
                "first_name": "Rsjrkgsx",
                "last_name": "R",
                "profile_url": "https://www.linkedin.com/in/rsjrkgsx-r-110675823",
                "email_address": None,
                "company": "Data Semantics",
                "connected_on": ts("2024-03-20"),
            },
            2: {"last_name": "KDEIPK GCPIVXTB", "connected_on": ts("2024-03-15")},
        },
    ),
    "apk0703__linkdin_profile_analysis/Hashtag_Follows.csv": Unused(
        4, ("HashTag", "CreatedTime", "LastModifiedTime", "State")
    ),
    "apk0703__linkdin_profile_analysis/Member_Follows.csv": Unused(
        4, ("Date", "Status", "FullName")
    ),
    "apk0703__linkdin_profile_analysis/Reactions.csv": Loaded(
        "linkedin_reactions",
        4,
        {
            1: {
                "reaction_type": "LIKE",
                "reacted_at": ts("2024-03-13 18:48:14"),
                "link": "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7173433491362181122"
                "?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A7173433491362181122%2C"
                "7173751355038261248%29",
            }
        },
    ),
    "apk0703__linkdin_profile_analysis/Saved_Items.csv": Unused(3, ("savedItem", "createdTime")),
    "apk0703__linkdin_profile_analysis/Shares.csv": Loaded(
        "linkedin_shares",
        3,
        {
            0: {
                "commentary": "View my verified achievement from Cisco.",
                "shared_url": "https://www.credly.com/badges/a460db44-be59-4f46-ad43-44bfdf4146b0"
                "/linked_in?t=s93m61",
                "media_url": None,
            },
            1: {
                "commentary": "I’m happy to share that I’m starting a new position as BI intern "
                "at InfoVision Inc.! "
            },
        },
    ),
    "apk0703__linkdin_profile_analysis/Votes.csv": Loaded(
        "linkedin_votes",
        15,
        {
            0: {
                "voted_at": ts("2024-03-17 18:02:53"),
                "link": "https://www.linkedin.com/feed/update/urn:li:groupPost:6773411-7175104726739394560",
                "option_text": "no ",
            },
            # Doubled quotes around a literal backslash: the backslash is text, not an escape.
            12: {"locator": "14", "option_text": ' print("Hello world","\\")'},
        },
    ),
    "apk0703__linkdin_profile_analysis/messages.csv": Loaded(
        "linkedin_messages",
        3,
        {
            0: {
                "conversation_title": "Yjdjybsep YS Qgfzhtwvh Emicnrjm tbp Eefj Ykoacget",
                "from_name": "Rhlw Qmfdeizywad",
                "sender_profile_url": None,
                "to_names": "H Denagnu Pexwk Mahdg",
                "sent_at": ts("2024-03-20 15:09:26"),
                "content": "Sp H Denagnu Pexwk,\n\n"
                "Dgp'qr exggxrj rq YS Qgfzhtwvh Emicnrjm, h aabw yozkby jrxnakcc rq aewnplmbt "
                "dgp rq enm ocrlf fm Yjdjybsep joq tru gkrvgxig vjawcsrvxwjk (YS) ajhll.\n\n"
                "Xbd zsdjvnz mawn 75 rgfkflwge YS ajhll dfjprut h scbhzeauhoc fm mcivko-lvq "
                "nckcvlsq, gvgyxrkho tkkzo mmef YS qgfzhtwvh jofzpyn, joq wsmm-xnnzf. Ndnm, "
                "hkuii hjl rq tvg pqz Yjdjybsep qlzpgcfx vhgovd mawn YS ajhll.\n\n"
                "Blneqet vudkpd kqbjpjq:\n\n"
                "YS Qgfzhtwvh tbp Ntqabommf—qkyhjggfj OgdyvqbPuzc, Qbzs, joq Aiqo\n"
                "YS Qgfzhtwvh tbp Uykwz—qkyhjggfj Iyrpclc, Jmsletfty Ocrlf YS\n"
                "YS Qgfzhtwvh tbp Paouryv—qkyhjggfj Qdqfj\n"
                "YS Qgfzhtwvh tbp Ysqwflh & TZ—qkyhjggfj Fzyounobhwrva joq Xadx\n"
                "Iczkis rq Gcznv: YS Cuonnjxt Vhbxbv—qkyhjggfj ErAmxaa joq Xwhi\n\n"
                "Rhlw Qmfdeizywad\nYjdjybsep",
            },
            1: {"content": None, "folder": "INBOX"},
        },
    ),
    # --- ~Nov 2021 mocks: 6-column Connections after a preamble, 9-column messages ----------
    "humandataincome__hudi-packages-connectors/"
    "src__mock__datasource__raw files__linkedin__Company Follows.csv": Unused(
        13, ("Organization", "Followed On")
    ),
    "humandataincome__hudi-packages-connectors/"
    "src__mock__datasource__raw files__linkedin__Connections.csv": Loaded(
        "linkedin_connections",
        2,
        {
            0: {
                "member": "src/mock/datasource/raw files/linkedin/Connections.csv",
                "locator": "5",
                "first_name": "Mark",
                "last_name": "Lenmar",
                "profile_url": None,
                "company": "Parker Stewart",
                "position": "Director",
                "connected_on": ts("2021-11-17"),
            }
        },
    ),
    "humandataincome__hudi-packages-connectors/"
    "src__mock__datasource__raw files__linkedin__Endorsement_Received_Info.csv": Loaded(
        "linkedin_endorsements_received",
        3,
        {
            0: {
                "endorsed_at": ts("2021-09-14 12:18:19"),
                "skill_name": "Sviluppo di software",
                "first_name": "John",
                "last_name": "Belushi",
                "profile_url": None,
                "status": "ACCEPTED",
            }
        },
    ),
    "humandataincome__hudi-packages-connectors/"
    "src__mock__datasource__raw files__linkedin__Invitations.csv": Loaded(
        "linkedin_invitations",
        3,
        {
            2: {
                "from_name": "Maria",
                "to_name": "Davide",
                "message": "ciao",
                "sent_at": ts("2021-06-10 13:47"),
            }
        },
    ),
    "humandataincome__hudi-packages-connectors/"
    "src__mock__datasource__raw files__linkedin__Member_Follows.csv": Unused(
        2, ("Date", "Status", "FullName")
    ),
    "humandataincome__hudi-packages-connectors/"
    "src__mock__datasource__raw files__linkedin__Reactions.csv": Loaded(
        "linkedin_reactions",
        3,
        {2: {"reaction_type": "LIKE", "link": "https://www.linkedin.com/feed/update/urn%870784"}},
    ),
    "humandataincome__hudi-packages-connectors/"
    "src__mock__datasource__raw files__linkedin__Rich Media.csv": Unused(3, ("Type", "Link")),
    "humandataincome__hudi-packages-connectors/"
    "src__mock__datasource__raw files__linkedin__Votes.csv": Loaded(
        "linkedin_votes",
        1,
        {
            0: {
                "voted_at": ts("2021-11-21 19:47:59"),
                "link": "https://www.linkedin.com/feed/update/urn:li:groupPost:23980512",
                "option_text": "1",
            }
        },
    ),
    "humandataincome__hudi-packages-connectors/"
    "src__mock__datasource__raw files__linkedin__messages.csv": Loaded(
        "linkedin_messages",
        2,
        {
            0: {
                "conversation_id": "2-MGM1MjljMg==",
                "conversation_title": "Rust, Solana & Blockchain",
                "from_name": "Ciaran",
                "sender_profile_url": "https://www.linkedin.com/in/ciaran",
                "to_names": "Davide",
                "recipient_profile_urls": None,
                "sent_at": ts("2021-11-17 18:14:58"),
                "subject": "Rust, Solana & Blockchain",
                "content": "Perfect",
            },
            1: {"content": "Hi, thanks for the interest."},
        },
    ),
    # --- Jul 2023 Basic zip: URN invitations, scheme-less endorsement URLs, group TO --------
    "mohamedeways__LinkedIn-Profile/Basic_LinkedInDataExport_07-11-2023.zip__"
    "Endorsement_Given_Info.csv": Loaded(
        "linkedin_endorsements_given",
        5,
        {
            0: {
                "member": "Basic_LinkedInDataExport_07-11-2023.zip/Endorsement_Given_Info.csv",
                "endorsed_at": ts("2021-12-16 12:56:17"),
                "skill_name": "Swift",
                "first_name": "Vsosuze",
                "last_name": "Wqrdago",
                "profile_url": "www.linkedin.com/in/vsosuze-wqrdago",
                "status": "ACCEPTED",
            }
        },
    ),
    "mohamedeways__LinkedIn-Profile/Basic_LinkedInDataExport_07-11-2023.zip__"
    "Endorsement_Received_Info.csv": Loaded(
        "linkedin_endorsements_received",
        5,
        {
            4: {
                "endorsed_at": ts("2021-08-11 11:00:31"),
                "skill_name": "photoshop",
                "first_name": "Souknce",
                "last_name": "Lgcnwiznx",
                "profile_url": "www.linkedin.com/in/zlgdzqiftglwogru4",
            }
        },
    ),
    "mohamedeways__LinkedIn-Profile/Basic_LinkedInDataExport_07-11-2023.zip__Invitations.csv": (
        Loaded(
            "linkedin_invitations",
            5,
            {
                0: {
                    "from_name": "Fsejlcjk Ezotz",
                    "to_name": "Ndmu Fsejlcjk",
                    "sent_at": ts("2023-06-17 06:18"),
                    "inviter_profile_urn": "urn:li:member:950302440",
                    "invitee_profile_urn": "urn:li:member:4480547292",
                    "inviter_profile_url": None,
                    "invitee_profile_url": None,
                }
            },
        )
    ),
    "mohamedeways__LinkedIn-Profile/Basic_LinkedInDataExport_07-11-2023.zip__Projects.csv": (
        Loaded(
            "linkedin_projects",
            2,
            {
                0: {
                    "title": "HRMS",
                    "url": None,
                    "started_on": "May 2018",
                    "finished_on": "Aug 2018",
                },
                1: {
                    "description": None,
                    "url": "https://trailblazer.me/id/meways",
                    "started_on": "Jan 2022",
                    "finished_on": None,
                },
            },
        )
    ),
    "mohamedeways__LinkedIn-Profile/Basic_LinkedInDataExport_07-11-2023.zip__Rich Media.csv": (
        Unused(3, ("Type", "Link"))
    ),
    "mohamedeways__LinkedIn-Profile/Basic_LinkedInDataExport_07-11-2023.zip__Skills.csv": Loaded(
        "linkedin_skills",
        5,
        {0: {"name": "Enterprise Resource Planning (ERP)"}, 4: {"name": "css3"}},
    ),
    "mohamedeways__LinkedIn-Profile/Basic_LinkedInDataExport_07-11-2023.zip__messages.csv": Loaded(
        "linkedin_messages",
        10,
        {
            0: {
                "conversation_title": "Sponsored Conversation",
                "from_name": "LinkedIn Member",
                "sender_profile_url": None,
                "sent_at": ts("2023-07-10 15:47:10"),
            },
            4: {
                "content": "Sp %FIRSTNAME%,  Deb dgp wsidhbwfe xndaamjzs rev mqu "
                "sgltqhuyomuez?  Mf fq, J msy aewnplmbt dgp rq euul fm Linkedin’v ajhll rq kpiz "
                "mawn wsyv fojlzl. "
            },
            5: {
                "conversation_title": "Hgk-in-7 GD & Thxmryg Vdasuaac - BabOY",
                "from_name": "BabOY",
                "content": "Bmehr Fsejlcjk,\n\n"
                "Lk deb ysqqdbnp odz rq aewnplmbt dgp rq BabOY, enm tru-rugvm joq froly-qbnhjqc "
                "GD bhmqwq pjft mkzwzanxb spoo-jiqaflhjx GD cjomw pqiy dc thxmryg xgpvienqklao, "
                "spoo joq qirtgkavgm asotyodoqa, joq iwcackac gtvaifnf hmqoxima.\n\n"
                "BabOY hj svosh jjyqxihsl mawn enm Kqqhurts jhfrd oqc joq pslscrmsoi mawn fgiwv "
                "yxqplbgbw joq KAJ Vaekacz ghqo Yaxl, Uaos joq FDN Gkrvgxig Cru, ltlyx beypih h "
                "utjovr mwcrqmqd fm eefj.\n\n"
                "BabOY hj wmqn qm vdvh dvggjoa tkfrpwvio in Apyvh ghqo Vczludn, Thybpiy, Enm "
                "YlNSP Ujnirz joq Kogxza.",
            },
            6: {
                "to_names": "Lcqlg Hohtyu, WMI",
                "recipient_profile_urls": "https://www.linkedin.com/in/lcqlg-hohtyu-wmi-7h7921001",
            },
            7: {
                "locator": "9",
                "from_name": "LinkedIn Member",
                "to_names": "LinkedIn Member,Fsejlcjk Ezotz",
                "recipient_profile_urls": "https://www.linkedin.com/in/fsejlcjk-ezotz-372778440",
                "sent_at": ts("2018-08-08 13:45:33"),
            },
            8: {"folder": "ARCHIVE"},
            9: {"folder": None, "sent_at": ts("2022-05-11 07:07:18")},
        },
    ),
    "mohamedeways__LinkedIn-Profile/Connections.csv": Loaded(
        "linkedin_connections",
        5,
        {
            0: {
                "locator": "5",
                "first_name": "Kyadaje",
                "last_name": "Mssyx",
                "profile_url": "https://www.linkedin.com/in/kyadaje-mssyx-371424g8",
                "company": "UC Developments",
                "position": "Sales Manager",
                "connected_on": ts("2023-07-04"),
            },
            3: {"company": None, "position": None, "connected_on": ts("2023-06-18")},
        },
    ),
    # --- Mar 2025: placeholder and header-only learning files, trailing blank lines ---------
    "predator-911__Portfolio2/Connections.csv": Loaded(
        "linkedin_connections",
        3,
        {1: {"first_name": "Oimzp", "company": "BYTE MAIT", "connected_on": ts("2025-03-09")}},
    ),
    "predator-911__Portfolio2/LearningCoachMessages.csv": Unused(1, ("No conversations found",)),
    "predator-911__Portfolio2/Reactions.csv": Loaded(
        "linkedin_reactions", 2, {1: {"reacted_at": ts("2024-10-19 06:23:08"), "locator": "3"}}
    ),
    "predator-911__Portfolio2/Saved_Items.csv": Unused(2, ("savedItem", "CreatedTime")),
    "predator-911__Portfolio2/coach_messages.csv": Unused(1, tuple(MESSAGES_10.split(","))),
    "predator-911__Portfolio2/messages.csv": Loaded(
        "linkedin_messages",
        3,
        {
            0: {
                "conversation_title": "Sponsored Conversation",
                "content": "Sp yhuxc, %FIRSTNAME%!\n\nLk’yr tzwvmjar zjen nl phmjzckc in mqu "
                "ybyhjgxu pjft kghce yj h hjpg oev. Ganat dgp ghqo rq nhp Uibatfi tbp aabw rq "
                "hkuii xoyd ihmfs jnpyt sgltqhuyomuez?",
            },
            1: {
                "content": "Mgbq Tbplfmd,\n\n"
                "Xbd h tximzmkr 🌏rdoypylogx Akwozc MNO Rfvkbo mmef Mkunh Muoarijoqw.\n"
                "✅ AZ & CR rdoypylogx.\n✅ Dxop Iviiljm\n✅ Rwwcxd Davabfz\n"
                "✅ Elcejbajkjg Qngtzlrtu."
            },
            2: {"content": "Sp Tbplfmd,  Tz'v gfohn avbgwavoak mawn dgp. Hjl mbij dgp gkyz?"},
        },
    ),
}

DECLARED_EXPORT_DATES = {
    "abhishekwebcode__Abhishek-Mathur-Complete_LinkedInDataExport_11-04-2018": ts("2018-11-04"),
    "mohamedeways__LinkedIn-Profile": ts("2023-07-11"),  # from the `….zip/` top folder
}


def _sample_files() -> list[str]:
    return sorted(
        path.relative_to(LINKEDIN_SAMPLES).as_posix()
        for path in LINKEDIN_SAMPLES.rglob("*")
        if path.is_file() and path.name != "manifest.json"
    )


def _repositories() -> list[str]:
    return sorted({sample.split("/", 1)[0] for sample in _sample_files()})


def _member(sample: str) -> str:
    """The sample's path inside its export, as the manifest records it."""
    return MANIFEST[sample]


@pytest.fixture(scope="module")
def parsed_repositories(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ParseResult]:
    results = {}
    for repository in _repositories():
        root = tmp_path_factory.mktemp("samples") / repository
        for sample in _sample_files():
            if sample.startswith(f"{repository}/"):
                target = root / _member(sample)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(LINKEDIN_SAMPLES / sample, target)
        results[repository] = parse(FolderArchive(root))
    return results


def test_every_sample_on_disk_has_expectations() -> None:
    assert _sample_files() == sorted(SAMPLES)


@pytest.mark.parametrize("sample", sorted(SAMPLES))
def test_sample(sample: str, parsed_repositories: dict[str, ParseResult]) -> None:
    result = parsed_repositories[sample.split("/", 1)[0]]
    member = _member(sample)
    expected = SAMPLES[sample]
    assert member not in result.unrecognised
    if isinstance(expected, Unused):
        assert table_for(member) is None and is_known_unused(member)
        archive = FolderArchive(LINKEDIN_SAMPLES / sample.split("/", 1)[0])
        records = read_csv(
            archive, sample.split("/", 1)[1], lambda rs: [r.fields for r in rs if not r.is_blank]
        )
        assert len(records) == expected.records
        assert tuple(records[0]) == expected.first
        return
    assert table_for(member) == expected.table
    rows = [row for row in result.tables[expected.table].to_pylist() if row["member"] == member]
    assert len(rows) == expected.rows
    for index, values in expected.values.items():
        assert {key: rows[index][key] for key in values} == values
    rejects = [(r.locator, r.reason) for r in result.rejects if r.member == member]
    assert rejects == list(expected.rejects)


@pytest.mark.parametrize("repository", _repositories())
def test_sample_repository(repository: str, parsed_repositories: dict[str, ParseResult]) -> None:
    result = parsed_repositories[repository]
    assert result.platform == "linkedin"
    assert result.unrecognised == []
    assert result.declared_exported_at == DECLARED_EXPORT_DATES.get(repository)
    for name, table in result.tables.items():
        assert table.schema == LINKEDIN[name]
    loaded = {
        expectation.table
        for sample, expectation in SAMPLES.items()
        if sample.startswith(f"{repository}/") and isinstance(expectation, Loaded)
    }
    assert set(result.tables) == loaded


def test_sample_2018_message_entities_are_unescaped(
    parsed_repositories: dict[str, ParseResult],
) -> None:
    result = parsed_repositories[
        "abhishekwebcode__Abhishek-Mathur-Complete_LinkedInDataExport_11-04-2018"
    ]
    content = result.tables["linkedin_messages"].column("content")[0].as_py()
    assert content.startswith("Sp Hrzyelch,Apiqb ld wsyv jzjjke nezvlkno, J’z ghqo rq losxg")
    assert "Ieghoz Rzecsweui fq dgp" in content  # &nbsp; became a plain space
    assert content.endswith("xynajEabambrxd,Gbalwj & enm LinkedIn Uibatfi Pkcg")
    assert "&" not in content.replace("Gbalwj & enm", "")


def test_sample_long_share_keeps_every_paragraph(
    parsed_repositories: dict[str, ParseResult],
) -> None:
    shares = parsed_repositories["SStellaMary__LinkedIn-Analysis"].tables["linkedin_shares"]
    commentary = shares.column("commentary")[1].as_py()
    paragraphs = commentary.split("\n\n")
    assert len(paragraphs) == 13
    assert paragraphs[0] == "🌟 **Unlocking Business Insights with Power BI** 🌟"
    assert paragraphs[2] == "**What is Power BI?**"
    assert paragraphs[-1].startswith("#PowerBI #BusinessIntelligence")
    assert '"' not in commentary


# --- Files built here ---------------------------------------------------------------------------


def parse_files(tmp_path: Path, files: dict[str, bytes | str], name: str = "export") -> ParseResult:
    root = tmp_path / name
    for member, content in files.items():
        path = root / member
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return parse(FolderArchive(root))


def rows_of(result: ParseResult, table: str) -> list[dict]:
    return result.tables[table].to_pylist()


def reasons(result: ParseResult) -> list[tuple[str, str, str]]:
    return [(r.member, r.locator, r.reason) for r in result.rejects]


SHARES_2018 = (
    '"Date"\t"Share Title"\t"Share Description"\t"Share Link"\t"Share Commentary"\t'
    '"Shared URL"\t"Media URL"\t"Type"\t"Visibility"\n'
    '"2017/06/08 08:15:44 UTC"\t""\t""\t"https://www.linkedin.com/feed/update/urn%3Ali%3A'
    'activity%3A1"\t"Hello, world ""quoted"""\t""\t""\t"Homepage"\t"Public"\n'
    '"2016/08/25 17:41:57 UTC"\t""\t""\t"https://www.linkedin.com/feed/update/urn%3Ali%3A'
    'activity%3A2"\t"Çà et là"\t"https://example.com/a"\t""\t"Homepage"\t"Connections"\n'
)


@pytest.mark.parametrize(
    "encoded",
    [
        codecs.BOM_UTF16_LE + SHARES_2018.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + SHARES_2018.encode("utf-16-be"),
        SHARES_2018.encode("utf-16-le"),
        codecs.BOM_UTF8 + SHARES_2018.encode("utf-8"),
    ],
    ids=["utf16le-bom", "utf16be-bom", "utf16le-no-bom", "utf8-bom"],
)
def test_tab_separated_shares_in_any_unicode_encoding(tmp_path: Path, encoded: bytes) -> None:
    result = parse_files(tmp_path, {"Shares.csv": encoded})
    assert result.rejects == []
    assert rows_of(result, "linkedin_shares") == [
        {
            "member": "Shares.csv",
            "locator": "2",
            "shared_at": ts("2017-06-08 08:15:44"),
            "share_link": "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1",
            "commentary": 'Hello, world "quoted"',
            "shared_url": None,
            "media_url": None,
            "visibility": "Public",
        },
        {
            "member": "Shares.csv",
            "locator": "3",
            "shared_at": ts("2016-08-25 17:41:57"),
            "share_link": "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A2",
            "commentary": "Çà et là",
            "shared_url": "https://example.com/a",
            "media_url": None,
            "visibility": "Connections",
        },
    ]


def test_crlf_records_with_crlf_inside_quoted_fields(tmp_path: Path) -> None:
    invitations = (
        "From,To,Sent At,Message,Direction\r\n"
        'Ana Lima,Bo Chen,"6/17/23, 6:18 AM","Hi Bo,\r\nglad to connect.\r\n\r\nAna",OUTGOING\r\n'
        'Cy Diaz,Ana Lima,"12/15/24, 7:47 AM",,INCOMING\r\n'
    )
    result = parse_files(tmp_path, {"Invitations.csv": invitations})
    rows = rows_of(result, "linkedin_invitations")
    assert [(row["locator"], row["from_name"], row["sent_at"]) for row in rows] == [
        ("2", "Ana Lima", ts("2023-06-17 06:18")),
        ("6", "Cy Diaz", ts("2024-12-15 07:47")),
    ]
    assert rows[0]["message"] == "Hi Bo,\nglad to connect.\n\nAna"
    assert result.rejects == []


def test_spreadsheet_resaved_connections(tmp_path: Path) -> None:
    connections = (
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
        "Ana,Lima,https://www.linkedin.com/in/ana-lima,NA,NA,NA,06-May-22\r\n"
        'Bo,"Chen, PhD",https://www.linkedin.com/in/bo-chen,NA,"Acme, Inc.",CTO,18-Jun-24\r\n'
    )
    rows = rows_of(parse_files(tmp_path, {"Connections.csv": connections}), "linkedin_connections")
    assert [
        (r["last_name"], r["email_address"], r["company"], r["connected_on"]) for r in rows
    ] == [
        ("Lima", None, None, ts("2022-05-06")),
        ("Chen, PhD", None, "Acme, Inc.", ts("2024-06-18")),
    ]


def test_connections_preamble_blank_rows_and_name_trimming(tmp_path: Path) -> None:
    connections = PREAMBLE + (
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Anna ,Daiko ,https://www.linkedin.com/in/ümit-ö,,Acme ,,04 Jul 2023\n"
        ",,,,,,\n"
        ",,,,,,25 Feb 2026\n"
        'Eva,"Sundgrenz, PMP, CAL, CSM",https://www.linkedin.com/in/eva,,,,03 Jul 2023'
    )
    result = parse_files(tmp_path, {"Connections.csv": connections})
    assert result.rejects == []
    assert rows_of(result, "linkedin_connections") == [
        {
            "member": "Connections.csv",
            "locator": "5",
            "first_name": "Anna",
            "last_name": "Daiko",
            "profile_url": "https://www.linkedin.com/in/ümit-ö",
            "email_address": None,
            "company": "Acme",
            "position": None,
            "connected_on": ts("2023-07-04"),
        },
        {
            "member": "Connections.csv",
            "locator": "7",
            "first_name": None,
            "last_name": None,
            "profile_url": None,
            "email_address": None,
            "company": None,
            "position": None,
            "connected_on": ts("2026-02-25"),
        },
        {
            "member": "Connections.csv",
            "locator": "8",
            "first_name": "Eva",
            "last_name": "Sundgrenz, PMP, CAL, CSM",
            "profile_url": "https://www.linkedin.com/in/eva",
            "email_address": None,
            "company": None,
            "position": None,
            "connected_on": ts("2023-07-03"),
        },
    ]


def test_every_field_quoted_twelve_column_messages_with_a_draft(tmp_path: Path) -> None:
    header = MESSAGES_10 + ",IS MESSAGE DRAFT,IS CONVERSATION DRAFT"
    quoted = ",".join(f'"{name}"' for name in header.split(","))
    messages = (
        quoted + "\n"
        '"2-abc==","","Ana Lima","https://www.linkedin.com/in/ana-lima",'
        '"Bo Chen, MBA,Cy Diaz","https://www.linkedin.com/in/bo-chen,https://www.linkedin.com/in/cy",'
        '"2024-12-01 10:00:00 UTC","","Hi both,\n\nsee ""this"" first","INBOX","No","No"\n'
        '"","","Ana Lima","https://www.linkedin.com/in/ana-lima","","",'
        '"2024-12-02 11:30:00 UTC","","","","Yes","Yes"\n'
    )
    result = parse_files(tmp_path, {"messages.csv": messages})
    assert result.rejects == []
    sent, draft = rows_of(result, "linkedin_messages")
    assert sent == {
        "member": "messages.csv",
        "locator": "2",
        "conversation_id": "2-abc==",
        "conversation_title": None,
        "from_name": "Ana Lima",
        "sender_profile_url": "https://www.linkedin.com/in/ana-lima",
        "to_names": "Bo Chen, MBA,Cy Diaz",
        "recipient_profile_urls": "https://www.linkedin.com/in/bo-chen,https://www.linkedin.com/in/cy",
        "sent_at": ts("2024-12-01 10:00"),
        "subject": None,
        "content": 'Hi both,\n\nsee "this" first',
        "folder": "INBOX",
        "direction": None,
        "is_message_draft": False,
        "is_conversation_draft": False,
        "attachments": None,
    }
    assert draft["locator"] == "5"
    assert (draft["conversation_id"], draft["to_names"], draft["content"]) == (None, None, None)
    assert (draft["is_message_draft"], draft["is_conversation_draft"]) == (True, True)


def test_eleven_column_messages_with_attachments(tmp_path: Path) -> None:
    header = ",".join(f'"{name}"' for name in (MESSAGES_10 + ",ATTACHMENTS").split(","))
    messages = (
        header + "\n"
        '"2-x==","","Bo Chen","https://www.linkedin.com/in/bo-chen","Ana Lima",'
        '"https://www.linkedin.com/in/ana-lima","2026-04-06 16:35:35 UTC","",'
        '"Hi Miso, \n\nI recently applied","INBOX",""\n'
    )
    (row,) = rows_of(parse_files(tmp_path, {"messages.csv": messages}), "linkedin_messages")
    assert row["content"] == "Hi Miso, \n\nI recently applied"
    assert (row["sent_at"], row["attachments"], row["is_message_draft"]) == (
        ts("2026-04-06 16:35:35"),
        None,
        None,
    )


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            '<p class="spinmail-quill-editor__spin-break">Hi Ana,</p>'
            '<p class="spinmail-quill-editor__spin-break"><br></p>'
            '<p class="spinmail-quill-editor__spin-break">Join <strong>us</strong> at '
            '<a href="https://example.com/?a=1&amp;b=2">our event</a>&nbsp;&amp; more.</p>'
            "<ul><li>One</li><li>Two</li></ul><p>Bye</p>",
            "Hi Ana,\n\nJoin us at our event & more.\nOne\nTwo\nBye",
        ),
        ("<div>Line one<br>Line two<br/><br/>Line four</div>", "Line one\nLine two\n\nLine four"),
        ("J&rsquo;z here&nbsp;now &amp; then", "J’z here now & then"),
        ("I <3 this, 2 < 3 and a <b >bold</b> claim", "I <3 this, 2 < 3 and a bold claim"),
        ("Plain text  with  double spaces ", "Plain text  with  double spaces "),
    ],
    ids=["inmail", "breaks", "entities", "stray-angle-bracket", "plain"],
)
def test_message_content_cleaning(content: str, expected: str) -> None:
    assert clean_message_content(content) == expected


def test_inmail_html_in_a_messages_file(tmp_path: Path) -> None:
    messages = (
        MESSAGES_10 + "\n"
        "2-a==,Sponsored Conversation,Acme Corp,,Ana Lima,https://www.linkedin.com/in/ana-lima,"
        '2023-06-20 10:51:27 UTC,Your invite,"<p class=""spinmail-quill-editor__spin-break"">'
        'Dear Ana,</p><p class=""spinmail-quill-editor__spin-break""><br></p>'
        '<p class=""spinmail-quill-editor__spin-break"">Meet <strong>Acme</strong> &amp; '
        'friends.</p>",INBOX\n'
    )
    (row,) = rows_of(parse_files(tmp_path, {"messages.csv": messages}), "linkedin_messages")
    assert row["content"] == "Dear Ana,\n\nMeet Acme & friends."
    assert (row["from_name"], row["sender_profile_url"], row["subject"]) == (
        "Acme Corp",
        None,
        "Your invite",
    )


def test_a_message_body_the_html_parser_refuses_rejects_only_its_row(tmp_path: Path) -> None:
    messages = (
        MESSAGES_10 + "\n"
        "2-a==,Hello,Ana Lima,https://www.linkedin.com/in/ana-lima,Bo Ek,"
        "https://www.linkedin.com/in/bo-ek,2023-06-20 10:51:27 UTC,Hi,<p>hi</p><![ bogus,INBOX\n"
        "2-b==,Hello,Ana Lima,https://www.linkedin.com/in/ana-lima,Bo Ek,"
        "https://www.linkedin.com/in/bo-ek,2023-06-21 10:51:27 UTC,Hi,<p>fine</p>,INBOX\n"
    )
    parsed = parse_files(tmp_path, {"messages.csv": messages})
    (row,) = rows_of(parsed, "linkedin_messages")
    assert (row["conversation_id"], row["content"]) == ("2-b==", "fine")
    (reject,) = parsed.rejects
    assert (reject.member, reject.locator) == ("messages.csv", "2")
    assert "HTML that cannot be read" in reject.reason


@pytest.mark.parametrize(
    ("decoded", "expected"),
    [
        (
            'Big news!"\n""\n"She said ""go"" and I went."\n""\n"#news',
            'Big news!\n\nShe said "go" and I went.\n\n#news',
        ),
        ('One line with a trailing quote"', 'One line with a trailing quote"'),
        ("Line one\r\nLine two", "Line one\nLine two"),
        ('Ends "quoted"\n"next"', 'Ends "quoted"\n"next"'),
    ],
    ids=["wrapped-lines", "single-line", "multi-line-plain", "not-wrapped-throughout"],
)
def test_share_commentary_quirk(decoded: str, expected: str) -> None:
    assert clean_share_commentary(decoded) == expected


def test_share_commentary_quirk_as_written_in_a_file(tmp_path: Path) -> None:
    shares = (
        "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
        '2026-03-01 09:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A1,"Proud!""\n'
        '""""\n'
        '""We shipped """"Atlas"""" today.""\n'
        '""""\n'
        '""#launch","","",MEMBER_NETWORK\n'
        "2026-03-02 09:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A2,Short one,"
        '"https://example.com","",MEMBER_NETWORK\n'
    )
    result = parse_files(tmp_path, {"Shares.csv": shares})
    first, second = rows_of(result, "linkedin_shares")
    assert first["commentary"] == 'Proud!\n\nWe shipped "Atlas" today.\n\n#launch'
    assert (first["shared_url"], first["media_url"]) == (None, None)
    assert (second["locator"], second["commentary"], second["shared_url"]) == (
        "7",
        "Short one",
        "https://example.com",
    )


def test_backslash_escaped_comments(tmp_path: Path) -> None:
    comments = (
        "Date,Link,Message\n"
        "2026-04-01 08:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1,"
        '"Anna Daiko I see it as a \\"pitch slap\\" and\n\nmove on, politely"\n'
        "2026-04-02 08:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A2,"
        "C:\\temp\\new stays as typed\n"
        "2026-04-03 08:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A3,"
        '"\\"Quoted\\" start, end"\n'
    )
    result = parse_files(tmp_path, {"Comments_1158443584.csv": comments})
    assert result.rejects == []
    assert [(r["locator"], r["message"]) for r in rows_of(result, "linkedin_comments")] == [
        ("2", 'Anna Daiko I see it as a "pitch slap" and\n\nmove on, politely'),
        ("5", "C:\\temp\\new stays as typed"),
        ("6", '"Quoted" start, end'),
    ]


def test_doubled_quotes_around_a_backslash_stay_literal(tmp_path: Path) -> None:
    comments = (
        "Date,Link,Message\r\n"
        '2024-01-15 20:57:34,https://l/1,"where Project= ""P1"""\r\n'
        '2024-02-29 10:17:25,https://l/2," print(""Hello world"",""\\"")"\r\n'
    )
    rows = rows_of(parse_files(tmp_path, {"Comments.csv": comments}), "linkedin_comments")
    assert [row["message"] for row in rows] == ['where Project= "P1"', ' print("Hello world","\\")']


def test_bad_rows_go_to_rejects_and_the_rest_loads(tmp_path: Path) -> None:
    connections = PREAMBLE + (
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ana,Lima,https://www.linkedin.com/in/ana,,,,04 Jul 2023\n"
        "Bo,Chen,https://www.linkedin.com/in/bo,,,,31/31/2024\n"
        "Cy,Diaz,https://www.linkedin.com/in/cy,,,,03 Jul 2023,extra\n"
        "Di,Ek\n"
        "Ed,Fo,https://www.linkedin.com/in/ed,,,,02 Jul 2023,\n"
    )
    messages = (
        MESSAGES_10 + ",IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n"
        "2-a==,,Ana,,Bo,,2024-10-01 10:00:00 UTC,,hi,INBOX,Maybe,No\n"
        "2-a==,,Bo,,Ana,,2024-10-01 11:00:00 UTC,,hello,INBOX,No,No\n"
    )
    result = parse_files(tmp_path, {"Connections.csv": connections, "messages.csv": messages})
    assert [r["first_name"] for r in rows_of(result, "linkedin_connections")] == ["Ana", "Ed"]
    assert [r["content"] for r in rows_of(result, "linkedin_messages")] == ["hello"]
    assert reasons(result) == [
        ("Connections.csv", "6", "unrecognised date '31/31/2024' in column Connected On"),
        ("Connections.csv", "7", "the row has 8 fields but the header has 7"),
        ("Connections.csv", "8", "the row has 2 fields but the header has 7"),
        (
            "messages.csv",
            "2",
            "unrecognised value 'Maybe' in column IS MESSAGE DRAFT (expected Yes or No)",
        ),
    ]
    assert result.rejects[0].excerpt == "Bo,Chen,https://www.linkedin.com/in/bo,,,,31/31/2024"


MIXED_MESSAGES = (
    MESSAGES_10 + ",IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n"
    "c1,,Ana,,Bo,,2024-10-01 10:00:00 UTC,,one,INBOX,No,No\n"
    "c1,,Bo,,Ana,,yesterday,,two,INBOX,Maybe,No\n"
    "c1,,Bo\n"
    'c1,,Ana,,Bo,,2024-10-01 12:00:00 UTC,,"three\nlines\nlong",INBOX,Yes,No\n'
    ",,,,,,,,<p> </p>,,,\n"
    "c1,,Ana,,Bo,,2024-10-01 13:00:00 UTC,,nul \x00 here,INBOX,No,No\n"
    "c1,,Bo,,Ana,,2024-10-01 14:00:00 UTC,,four,INBOX,No,Perhaps\n"
    ",,,,,,,,,,,\n"
    "c1,,Bo,,Ana,,2024-10-01 15:00:00 UTC,,five,INBOX,No,No\n"
)


@pytest.mark.parametrize("batch", [1, 2, 3, 4096])
def test_rows_and_rejects_keep_file_order_whatever_the_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    monkeypatch.setattr(linkedin, "_BATCH_RECORDS", batch)
    result = parse_files(tmp_path, {"messages.csv": MIXED_MESSAGES})
    assert [(r["locator"], r["content"]) for r in rows_of(result, "linkedin_messages")] == [
        ("2", "one"),
        ("5", "three\nlines\nlong"),
        ("12", "five"),
    ]
    # The first column that cannot be read names the row's problem; a row whose every value
    # is empty (an InMail body of nothing) is left out without a reject.
    assert reasons(result) == [
        ("messages.csv", "3", "unrecognised date 'yesterday' in column DATE"),
        ("messages.csv", "4", "the row has 3 fields but the header has 12"),
        ("messages.csv", "9", "unreadable CSV record (" + csvfiles._NUL_IN_RECORD + ")"),
        (
            "messages.csv",
            "10",
            "unrecognised value 'Perhaps' in column IS CONVERSATION DRAFT (expected Yes or No)",
        ),
    ]
    assert result.rejects[0].excerpt == "c1,,Bo,,Ana,,yesterday,,two,INBOX,Maybe,No"


def _exploding(convert: Callable[[str], object]) -> Callable[[str], object]:
    def run(raw: str) -> object:
        if raw.startswith("boom"):
            raise RuntimeError(raw)
        return convert(raw)

    return run


@pytest.mark.parametrize("record_bytes", [None, 200])
def test_a_cleaning_error_comes_from_the_first_row_it_happens_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, record_bytes: int | None
) -> None:
    # A cell whose cleaning raises (rather than being unreadable) stops the parse at the first
    # such row, as reading row by row always did: not at an earlier column of a later row, nor
    # at a record past it that cannot be read at all.
    for kind, wrap in (("subject", linkedin._cells_that_never_fail), ("content", None)):
        converter = _exploding(linkedin._CONVERTERS[kind])
        monkeypatch.setitem(linkedin._CONVERTERS, kind, converter)
        column = wrap(converter) if wrap else linkedin._cells_that_may_fail(converter)
        monkeypatch.setitem(linkedin._COLUMN_CONVERTERS, kind, column)
    messages = (
        MESSAGES_10 + "\n"
        "c1,,Ana,,Bo,,2024-10-01 10:00:00 UTC,,boom in row 2,INBOX\n"
        "c1,,Bo,,Ana,,2024-10-01 11:00:00 UTC,boom in row 3,hi,INBOX\n"
        'c1,,Bo,,Ana,,2024-10-01 12:00:00 UTC,,"' + "long\n" * 60 + '",INBOX\n'
    )
    root = tmp_path / "export"
    root.mkdir()
    (root / "messages.csv").write_text(messages, encoding="utf-8")
    limits = Limits(record_bytes=record_bytes) if record_bytes else Limits()
    with pytest.raises(RuntimeError, match=r"^boom in row 2$"):
        parse(FolderArchive(root, limits=limits))


@pytest.mark.parametrize(
    "content",
    ["", "Name\n", "Name\n\n", "Name", "No conversations found\n\n", "\n\n", ",\n,,\n"],
    ids=["empty", "header-only", "header-blank", "no-newline", "placeholder", "blank", "commas"],
)
def test_files_without_data_give_empty_tables_and_no_rejects(tmp_path: Path, content: str) -> None:
    result = parse_files(tmp_path, {"Skills.csv": content})
    assert result.rejects == []
    assert result.tables["linkedin_skills"].num_rows == 0
    assert result.tables["linkedin_skills"].schema == LINKEDIN["linkedin_skills"]


def test_a_file_with_lines_but_no_header_is_rejected_once(tmp_path: Path) -> None:
    result = parse_files(tmp_path, {"Reactions.csv": "when,what\n2024-01-01,LIKE\n"})
    assert result.tables["linkedin_reactions"].num_rows == 0
    assert reasons(result) == [
        (
            "Reactions.csv",
            "1",
            "no header row with the columns Date, Type, Link was found; nothing was loaded",
        )
    ]


def test_undecodable_bytes_name_the_member_and_offset(tmp_path: Path) -> None:
    # Far enough in that the bad byte is not in the first block the reader decodes.
    body = b"Name\n" + b"Python\n" * 20_000
    with pytest.raises(ArchiveError, match=r"'Skills\.csv' .*byte offset 140008"):
        parse_files(tmp_path, {"Skills.csv": body + b"Caf\xe9\n"})


def test_undecodable_bytes_after_a_bom(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match=r"'Skills\.csv' .*UTF-8 with BOM.*byte offset 9"):
        parse_files(tmp_path, {"Skills.csv": codecs.BOM_UTF8 + b"Name\nA\xff\n"})


def test_columns_are_found_by_name_in_any_order_and_case(tmp_path: Path) -> None:
    endorsements = (
        " endorsement status ,Endorser Public Url,SKILL NAME,Endorser Last Name,"
        "Endorser First Name,Endorsement Date,Unknown Extra\n"
        'ACCEPTED,www.linkedin.com/in/arman-r,Python,"Rezaee, PhD",K. ,2021/08/11 11:00:31 UTC,x\n'
    )
    (row,) = rows_of(
        parse_files(tmp_path, {"Endorsement Received Info.csv": endorsements}),
        "linkedin_endorsements_received",
    )
    assert row == {
        "member": "Endorsement Received Info.csv",
        "locator": "2",
        "endorsed_at": ts("2021-08-11 11:00:31"),
        "skill_name": "Python",
        "first_name": "K.",
        "last_name": "Rezaee, PhD",
        "profile_url": "www.linkedin.com/in/arman-r",
        "status": "ACCEPTED",
    }


def test_owner_files_recommendations_given_profile_positions(tmp_path: Path) -> None:
    result = parse_files(
        tmp_path,
        {
            "Recommendations_Given.csv": "First Name,Last Name,Company,Job Title,Text,"
            "Creation Date,Status\n"
            'Bo,Chen,Acme,CTO,"Bo leads, and listens.","11/27/24, 09:51 AM",\n',
            "Profile.csv": "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,"
            "Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n"
            'Ana,Lima,,,Apr 22,Data person,"Builds things.\nShips them.",Software,,Lisbon,'
            "[anal],[https://ana.example],\n",
            "Positions.csv": "Company Name,Title,Description,Location,Started On,Finished On\n"
            "Acme,Engineer,,Lisbon,Jun 2018,\n",
        },
    )
    assert result.rejects == []
    (given,) = rows_of(result, "linkedin_recommendations_given")
    assert (given["first_name"], given["text"], given["created_at"], given["status"]) == (
        "Bo",
        "Bo leads, and listens.",
        ts("2024-11-27 09:51"),
        None,
    )
    (profile,) = rows_of(result, "linkedin_profile")
    assert profile == {
        "member": "Profile.csv",
        "locator": "2",
        "first_name": "Ana",
        "last_name": "Lima",
        "maiden_name": None,
        "headline": "Data person",
        "summary": "Builds things.\nShips them.",
        "industry": "Software",
        "geo_location": "Lisbon",
        "twitter_handles": "[anal]",
        "websites": "[https://ana.example]",
    }
    (position,) = rows_of(result, "linkedin_positions")
    assert (position["company_name"], position["started_on"], position["finished_on"]) == (
        "Acme",
        "Jun 2018",
        None,
    )


PUBLISHED_ARTICLE = """<!DOCTYPE html>
<html><head><title>Why &amp; how</title><meta charset="UTF-8"></head>
<body>
  <img src="https://media.licdn.com/cover.jpg" />
  <h1><a href="https://www.linkedin.com/pulse/why-how-ana-lima">Why &amp; how</a></h1>
  <p class="created">Created on 2024-08-06 14:15</p>
  <p class="published">Published on 2024-08-06 15:04</p>
  <div><!-- body --><p>First paragraph.</p>
  <p>Second&nbsp;one, with <a href="https://x">a link</a>.</p></div>
</body></html>"""


@pytest.mark.parametrize(
    ("published", "url", "published_at"),
    [
        (
            '<p class="published">Published on 2024-08-06 15:04</p>',
            "https://www.linkedin.com/pulse/why-how-ana-lima",
            ts("2024-08-06 15:04"),
        ),
        ('<p class="published">Published on ---</p>', None, None),
        ('<p class="published">Not published yet</p>', None, None),
    ],
    ids=["published", "dashes", "not-yet"],
)
def test_articles(tmp_path: Path, published: str, url: str | None, published_at) -> None:
    page = PUBLISHED_ARTICLE.replace(
        '<p class="published">Published on 2024-08-06 15:04</p>', published
    )
    if url is None:
        page = page.replace("https://www.linkedin.com/pulse/why-how-ana-lima", "/post/edit/63451")
    result = parse_files(tmp_path, {"Articles/Articles/why-how.html": page})
    assert rows_of(result, "linkedin_articles") == [
        {
            "member": "Articles/Articles/why-how.html",
            "locator": "1",
            "title": "Why & how",
            "url": url,
            "created_at": ts("2024-08-06 14:15"),
            "published_at": published_at,
            "text": "First paragraph.\nSecond one, with a link.",
        }
    ]


def test_article_with_an_unreadable_date_is_rejected(tmp_path: Path) -> None:
    page = PUBLISHED_ARTICLE.replace("Created on 2024-08-06 14:15", "Created on yesterday")
    result = parse_files(tmp_path, {"Articles/a.html": page})
    assert result.tables["linkedin_articles"].num_rows == 0
    assert reasons(result) == [
        ("Articles/a.html", "1", "unrecognised date 'yesterday' after 'Created on'")
    ]


def test_split_parts_append_in_part_order(tmp_path: Path) -> None:
    header = "Date,Type,Link\n"
    result = parse_files(
        tmp_path,
        {
            "Reactions_10.csv": header + "2024-01-10 00:00:00,LIKE,https://l/10\n",
            "Reactions_2.csv": header + "2024-01-02 00:00:00,LIKE,https://l/2\n",
            "Reactions_1.csv": header + "2024-01-01 00:00:00,PRAISE,https://l/1\n",
            "Votes_1158443584.csv": "Date,Link,OptionText\n2024-01-03 00:00:00,https://v,Yes\n",
        },
    )
    assert [(r["member"], r["link"]) for r in rows_of(result, "linkedin_reactions")] == [
        ("Reactions_1.csv", "https://l/1"),
        ("Reactions_2.csv", "https://l/2"),
        ("Reactions_10.csv", "https://l/10"),
    ]
    assert rows_of(result, "linkedin_votes")[0]["member"] == "Votes_1158443584.csv"


@pytest.mark.parametrize(
    ("member", "table"),
    [
        (
            "Complete_LinkedInDataExport_03-01-2026/Endorsement_Received_Info.csv",
            "linkedin_endorsements_received",
        ),
        ("Endorsement Received Info.csv", "linkedin_endorsements_received"),
        ("endorsement_given_info_2.csv", "linkedin_endorsements_given"),
        ("Messages.csv", "linkedin_messages"),
        ("messages.csv", "linkedin_messages"),
        ("Inbox.csv", "linkedin_messages"),
        ("MESSAGES.CSV", "linkedin_messages"),
        ("Recommendations Received.csv", "linkedin_recommendations_received"),
        ("Recommendations_Received.csv", "linkedin_recommendations_received"),
        ("Recommendations_Given_1.csv", "linkedin_recommendations_given"),
        ("Comments_1158443584.csv", "linkedin_comments"),
        ("Shares_1158443584.csv", "linkedin_shares"),
        ("Reactions_1.csv", "linkedin_reactions"),
        ("Connections.csv", "linkedin_connections"),
        ("Invitations.csv", "linkedin_invitations"),
        ("Skills.csv", "linkedin_skills"),
        ("Profile.csv", "linkedin_profile"),
        ("Positions.csv", "linkedin_positions"),
        ("Projects.csv", "linkedin_projects"),
        ("Votes.csv", "linkedin_votes"),
        ("Articles/2017-12-09 04:54:08.html", "linkedin_articles"),
        ("export/Articles/2024-11-26 23_56_48.0-My Title .html", "linkedin_articles"),
        ("coach_messages.csv", None),
        ("learning_coach_messages.csv", None),
        ("learning_role_play_messages.csv", None),
        ("LearningCoachMessages.csv", None),
        ("guide_messages.csv", None),
        ("Profile Summary.csv", None),
        ("my-article.html", None),
        ("Connections.xlsx", None),
        ("__MACOSX/._Connections.csv", None),
    ],
)
def test_table_for(member: str, table: str | None) -> None:
    assert table_for(member) == table


@pytest.mark.parametrize(
    ("member", "known_unused"),
    [
        ("Education.csv", True),
        ("Email Addresses.csv", True),
        ("Logins.csv", True),
        ("Rich Media.csv", True),
        ("Rich_Media.csv", True),
        ("coach_messages.csv", True),
        ("learning_coach_messages.csv", True),
        ("LearningCoachMessages.csv", True),
        ("Company Follows.csv", True),
        ("Member_Follows_1158443584.csv", True),
        ("Saved_Items.csv", True),
        ("Hashtag_Follows.csv", True),
        ("Learning.csv", True),
        ("Jobs/Saved Jobs.csv", True),
        ("Jobs/Job Seeker Preferences.csv", True),
        ("Verifications/Verifications.csv", True),
        ("Ad_Targeting.csv", True),
        ("Ad Targeting.csv", True),
        ("Registration.csv", True),
        ("PhoneNumbers.csv", True),
        ("Phone Numbers.csv", True),
        ("Certifications.csv", True),
        ("Languages.csv", True),
        ("Profile Summary.csv", True),
        ("SearchQueries.csv", True),
        ("Search Queries.csv", True),
        ("Receipts_v2.csv", True),
        ("Events.csv", True),
        ("Contacts.csv", True),
        ("ImportedContacts.csv", True),
        ("Imported Contacts.csv", True),
        ("Account Status History.csv", True),
        ("Security Challenges.csv", True),
        ("Inferences_about_you.csv", True),
        ("Job Applicant Saved Screening Question Responses_3.csv", True),
        ("Whatsapp Phone Numbers.csv", True),
        ("Connections.csv", False),
        ("notes.txt", False),
        ("tweets.js", False),
        ("Unheard_Of.csv", False),
        ("__MACOSX/._Connections.csv", False),
    ],
)
def test_is_known_unused(member: str, known_unused: bool) -> None:
    assert is_known_unused(member) is known_unused


def test_unrecognised_members_are_listed(tmp_path: Path) -> None:
    result = parse_files(
        tmp_path,
        {
            "Skills.csv": "Name\nSQL\n",
            "Education.csv": "School Name\nX\n",
            "Unheard_Of.csv": "a,b\n1,2\n",
            "notes.txt": "hello",
        },
    )
    assert result.unrecognised == ["notes.txt", "Unheard_Of.csv"]
    assert set(result.tables) == {"linkedin_skills"}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Complete_LinkedInDataExport_03-01-2026.zip", ts("2026-03-01")),
        ("Complete_LinkedInDataExport_03-01-2026.zip.zip", ts("2026-03-01")),
        ("Basic_LinkedInDataExport_07-11-2023", ts("2023-07-11")),
        ("Initial_LinkedInDataExport_01-28-2018.zip", ts("2018-01-28")),
        ("LinkedInDataExport_07-28-2015", ts("2015-07-28")),
        ("Abhishek-Mathur-Complete_LinkedInDataExport_11-04-2018", ts("2018-11-04")),
        ("complete_linkedindataexport_12-31-2024.zip", ts("2024-12-31")),
        ("Complete_LinkedInDataExport_13-01-2026.zip", None),
        ("my-linkedin.zip", None),
        ("twitter-2024-01-01-abc.zip", None),
    ],
)
def test_export_date_from_name(name: str, expected: datetime | None) -> None:
    assert export_date_from_name(name) == expected


def test_declared_export_date_from_the_top_folder(tmp_path: Path) -> None:
    result = parse_files(
        tmp_path,
        {"Complete_LinkedInDataExport_03-01-2026/Skills.csv": "Name\nSQL\n"},
        name="upload",
    )
    assert result.declared_exported_at == ts("2026-03-01")
    assert (
        parse_files(tmp_path, {"Skills.csv": "Name\n"}, name="other").declared_exported_at is None
    )


def test_a_connection_date_before_the_first_utc_instant_rejects_only_its_row(tmp_path: Path):
    connections = (
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ana,Lima,https://www.linkedin.com/in/ana-lima,,,,05 Jan 2024\n"
        "Bo,Ek,https://www.linkedin.com/in/bo-ek,,,,Mon Jan 01 00:30:00 +0100 0001\n"
    )
    parsed = parse_files(tmp_path, {"Connections.csv": connections})
    assert [r["last_name"] for r in rows_of(parsed, "linkedin_connections")] == ["Lima"]
    (reject,) = parsed.rejects
    assert (reject.member, reject.locator) == ("Connections.csv", "3")
    assert "Connected On" in reject.reason
