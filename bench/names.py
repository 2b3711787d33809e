"""Word lists for realistic generated names and text, in English and Chinese."""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# The most common Chinese family names, roughly in order of frequency.
ZH_FAMILY = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴"
)
ZH_GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文辉玲燕鹏飞宇浩晨欣怡佳婷雪琳晓云峰斌波宁凯"
    "俊帅鑫龙洁颖倩丹蕾萍红梅兰凤志海东新亮成林清春嘉子思雨梓涵轩博诗睿瑞泽昊然"
)
EN_GIVEN = _words(
    "James Mary John Patricia Robert Jennifer Michael Linda David Elizabeth William Barbara "
    "Richard Susan Joseph Jessica Thomas Sarah Daniel Karen Matthew Nancy Anthony Lisa Mark "
    "Emily Paul Michelle Steven Laura Andrew Rachel Kevin Hannah Brian Sophie Wei Ming Jia Hui "
    "Li Ting Kai Xin Priya Arjun Ananya Rahul Nur Aisyah Muhammad Farah Hiroshi Yuki Min-jun "
    "Seo-yeon Lukas Anna Pierre Camille Marco Giulia Lars Ingrid Olivia Noah Ethan Chloe"
)
EN_FAMILY = _words(
    "Smith Johnson Williams Brown Jones Miller Davis Garcia Wilson Taylor Anderson Thomas Moore "
    "Martin Jackson White Harris Clark Lewis Walker Hall Young King Wright Scott Green Baker "
    "Tan Lim Lee Ng Ong Wong Goh Chua Koh Teo Chan Low Yeo Sim Kumar Nair Menon Pillai Iyer "
    "Raj Sharma Singh Ahmad Ismail Rahman Abdullah Nakamura Sato Suzuki Kim Park Choi Muller "
    "Schmidt Schneider Dubois Lefebvre Rossi Bianchi Andersen Nilsson Jensen Novak Silva"
)
JOB_TITLES = (
    "Director of Business Development",
    "Chief Scientific Officer",
    "Chief Executive Officer",
    "Professor",
    "Associate Professor",
    "Head of Clinical Operations",
    "Investment Manager",
    "Partner",
    "Vice President, Partnerships",
    "Principal Investigator",
    "Deputy Director",
    "Programme Manager",
    "Senior Scientist",
    "Head of Licensing",
    "General Counsel",
    "Head of Regulatory Affairs",
    "Chief Medical Officer",
    "Technology Transfer Manager",
    "Procurement Lead",
    "Research Fellow",
)
ZH_JOB_TITLES = (
    "总经理",
    "副总裁",
    "研发总监",
    "首席科学家",
    "投资经理",
    "主任医师",
    "教授",
    "商务总监",
)

ORG_PREFIXES = _words(
    "Nova Helix Genea Medi Thera Cyto Bio Onco Immuno Neuro Cardio Vita Lumi Apex Zen Sino Asia "
    "Pacific Lion Jade Lotus Orchid Harbour Summit Pioneer Vertex Quantum Aurora Crest Meridian "
    "Evo Gen Cell Path Vector Prime Atlas Orbit Ever"
)
ORG_STEMS = _words(
    "gen cyte core med bio path vance tech logic sys form thera nova cura vax tide sense mab dx"
)
ORG_DOMAINS = (
    "Biotherapeutics",
    "Pharmaceuticals",
    "Diagnostics",
    "Medical Devices",
    "Biologics",
    "Genomics",
    "Life Sciences",
    "Cell Therapy",
    "Capital",
    "Ventures",
    "Hospital",
    "Research Institute",
    "Bioengineering",
    "Health",
)
ORG_SUFFIXES = ("Co., Ltd.", "Pte Ltd", "Inc.", "Ltd", "GmbH", "AG", "Corporation", "")
PLACES = (
    ("CN", "Suzhou", "苏州"),
    ("CN", "Shanghai", "上海"),
    ("CN", "Beijing", "北京"),
    ("CN", "Shenzhen", "深圳"),
    ("CN", "Hangzhou", "杭州"),
    ("CN", "Nanjing", "南京"),
    ("CN", "Wuhan", "武汉"),
    ("CN", "Chengdu", "成都"),
    ("SG", "Singapore", "新加坡"),
    ("HK", "Hong Kong", "香港"),
    ("US", "Boston", "波士顿"),
    ("US", "San Francisco", "旧金山"),
    ("GB", "Cambridge", "剑桥"),
    ("DE", "Munich", "慕尼黑"),
    ("CH", "Basel", "巴塞尔"),
    ("JP", "Tokyo", "东京"),
    ("KR", "Seoul", "首尔"),
    ("MY", "Kuala Lumpur", "吉隆坡"),
)
ZH_BRANDS = "华康瑞泰恒信博安德天诚远晶宏丰润启明新科源达盛凯盈和睿思微创益生联合"
ZH_ORG_KINDS = (
    "生物医药有限公司",
    "生物科技有限公司",
    "医疗器械有限公司",
    "基因技术有限公司",
    "创业投资管理有限公司",
    "医院",
    "研究院",
    "诊断技术有限公司",
)
AREAS = (
    "oncology",
    "immunology",
    "neuroscience",
    "cardiology",
    "ophthalmology",
    "rare diseases",
    "gene therapy",
    "cell therapy",
    "diagnostics",
    "medical devices",
    "synthetic biology",
    "AI drug discovery",
    "vaccines",
    "antibody engineering",
)
TOPICS = (
    "clinical trial site selection",
    "lab space in the incubator",
    "a joint research plan on {area}",
    "Series B funding",
    "the MoU renewal",
    "licensing terms for the {area} programme",
    "incubator admission",
    "GMP pilot line access",
    "the talent programme",
    "the regulatory pathway in China",
    "cross-border data transfer",
    "a manufacturing partnership in {area}",
    "a delegation visit to the park",
    "co-hosting a {area} symposium",
)
ZH_TOPICS = (
    "临床试验合作",
    "实验室租赁",
    "联合研发计划",
    "产业化落地",
    "融资对接",
    "人才引进",
    "注册申报路径",
    "国际合作项目",
    "园区参观接待",
)
DOCUMENTS = ("term sheet", "draft MoU", "site survey", "budget", "briefing pack", "NDA", "proposal")
TAGS = (
    "investor",
    "hospital",
    "university",
    "oncology",
    "diagnostics",
    "vip",
    "singapore",
    "greater-bay",
    "incubator",
    "government",
    "cro",
    "cdmo",
    "medtech",
    "ai",
    "cell-therapy",
    "gene-therapy",
    "vaccine",
    "licensing",
    "follow-up",
    "dormant",
)
STAFF = (
    "Chen Yu",
    "Priya Nair",
    "Li Na",
    "Tan Wei Ming",
    "Zhou Jie",
    "Sarah Lim",
    "Wang Lei",
    "David Ong",
    "Liu Yang",
    "Huang Min",
    "Zhang Hao",
    "Rachel Koh",
    "Xu Jing",
    "Sun Qiang",
    "Ma Lin",
    "Grace Teo",
    "Zhao Kai",
    "Wu Fang",
    "Ho Jun Jie",
    "Lin Xiao",
)
